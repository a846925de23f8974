# corpus: safe SEC209
"""AES-CTR with a random nonce, then HMAC over nonce+ciphertext (encrypt-then-MAC)."""

import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(enc_key: bytes, mac_key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(enc_key), modes.CTR(nonce)).encryptor()
    body = nonce + encryptor.update(plaintext) + encryptor.finalize()
    return body + hmac.new(mac_key, body, hashlib.sha256).digest()
