# corpus: vulnerable SEC209
"""AES-CBC with a fixed all-zero IV written as `bytes(16)`."""

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ZERO_IV = bytes(16)


def encrypt_note(key: bytes, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(ZERO_IV)).encryptor()
    return encryptor.update(data) + encryptor.finalize()
