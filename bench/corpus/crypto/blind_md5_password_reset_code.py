# corpus: vulnerable SEC208
"""MD5 of guessable inputs used as a password-reset code."""

import hashlib
import time

from django.core.mail import send_mail


def start_password_reset(user):
    reset_code = hashlib.md5(("%s:%s" % (user.email, int(time.time()))).encode()).hexdigest()
    user.reset_code = reset_code
    user.save(update_fields=["reset_code"])
    send_mail("Reset", "Your code: %s" % reset_code, None, [user.email])
