# corpus: vulnerable SEC210
import hashlib
import random


def hash_secret(secret: bytes) -> tuple[bytes, bytes]:
    salt = random.randbytes(16)
    return salt, hashlib.pbkdf2_hmac("sha256", secret, salt, 600_000)
