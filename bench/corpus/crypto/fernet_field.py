# corpus: safe SEC209
from cryptography.fernet import Fernet
from django.conf import settings


def encrypt_field(value: bytes) -> bytes:
    return Fernet(settings.FIELD_KEY).encrypt(value)
