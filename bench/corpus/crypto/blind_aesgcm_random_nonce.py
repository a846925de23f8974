# corpus: safe SEC209
"""AES-GCM with a fresh random 96-bit nonce per message."""

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
