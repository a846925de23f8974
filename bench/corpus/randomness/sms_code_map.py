# corpus: vulnerable SEC210
import random

from .sms import send_verification_sms


def start_phone_check(phone: str) -> None:
    numbers = [random.randint(0, 9) for _ in range(6)]
    code = "".join(map(str, numbers))
    send_verification_sms(phone, code)
