# corpus: safe REL108
"""loguru: `opt(exception=True)` attaches the traceback."""

from loguru import logger

from .sms import SmsError, send_sms


def notify(phone, text):
    try:
        send_sms(phone, text)
    except SmsError:
        logger.opt(exception=True).error("sms to {} failed", phone[-4:])
        return False
    return True
