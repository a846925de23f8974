# corpus: vulnerable SEC209
"""AES in ECB mode, the mode taken from an aliased module and stored in a constant."""

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad

from .keys import field_key

_MODE = _AES.MODE_ECB


def encrypt_ssn(ssn: str) -> bytes:
    cipher = _AES.new(field_key(), _MODE)
    return cipher.encrypt(pad(ssn.encode(), 16))
