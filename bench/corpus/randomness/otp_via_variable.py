# corpus: vulnerable SEC210
import random

from .sms import send_sms


def send_login_code(user):
    code = random.randint(100000, 999999)
    user.otp = str(code)
    user.save(update_fields=["otp"])
    send_sms(user.phone, f"Your code is {code}")
