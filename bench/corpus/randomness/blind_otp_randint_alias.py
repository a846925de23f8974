# corpus: vulnerable SEC210
"""Login OTP drawn with an aliased `randint`."""

from random import randint as _rand

from django.core.cache import cache


def send_login_otp(user, sms):
    otp = f"{_rand(0, 999999):06d}"
    cache.set("otp:%s" % user.pk, otp, timeout=300)
    sms.send(user.phone, "Your code is %s" % otp)
