# corpus: safe SEC207
"""PBKDF2-HMAC-SHA512 at OWASP's 210,000 iterations."""

import hashlib
import os

ITERATIONS = 210_000


def derive(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha512", password.encode(), salt, ITERATIONS)
