# corpus: safe SEC209
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_stream(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + encryptor.update(data) + encryptor.finalize()
