# corpus: safe SEC205
import hashlib
import os

ITERATIONS = 600_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac(
        "sha256", hashlib.sha256(password.encode()).digest(), salt, ITERATIONS
    )
    return salt.hex() + key.hex()
