# corpus: safe SEC210
import random
import secrets

from .sms import send_sms


def send_login_code(user):
    code = secrets.randbelow(1_000_000)
    user.otp = f"{code:06d}"
    user.save(update_fields=["otp"])
    delay = random.uniform(0.1, 0.5)
    send_sms(user.phone, f"Your code is {user.otp}", delay=delay)
