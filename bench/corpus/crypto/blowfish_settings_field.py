# corpus: vulnerable SEC209
from Crypto.Cipher import Blowfish as BF
from django.conf import settings


def encrypt_field(value: bytes) -> bytes:
    cipher = BF.new(settings.FIELD_KEY, BF.MODE_CBC)
    return cipher.iv + cipher.encrypt(value)
