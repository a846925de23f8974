# corpus: safe SEC205
"""SHA-256 pre-hash (to get past bcrypt's 72-byte limit) fed into bcrypt: the KDF does the work."""

import base64
import hashlib

import bcrypt


def hash_password(password: str) -> bytes:
    prehashed = base64.b64encode(hashlib.sha256(password.encode()).digest())
    return bcrypt.hashpw(prehashed, bcrypt.gensalt(rounds=13))


def check_password(password: str, stored: bytes) -> bool:
    prehashed = base64.b64encode(hashlib.sha256(password.encode()).digest())
    return bcrypt.checkpw(prehashed, stored)
