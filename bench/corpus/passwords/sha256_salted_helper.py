# corpus: vulnerable SEC205
import hashlib
import os


def hash_password(raw_password: str) -> str:
    salt = os.urandom(16).hex()
    digest = hashlib.sha256((salt + raw_password).encode()).hexdigest()
    return f"{salt}${digest}"


def check_password(raw_password: str, stored: str) -> bool:
    salt, _ = stored.split("$", 1)
    return hash_password_with(salt, raw_password) == stored


def hash_password_with(salt: str, raw_password: str) -> str:
    return salt + "$" + hashlib.sha256((salt + raw_password).encode()).hexdigest()
