# corpus: safe SEC209
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def seal(key: bytes, message: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, message, None)
