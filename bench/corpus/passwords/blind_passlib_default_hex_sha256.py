# corpus: vulnerable SEC205
"""bcrypt is listed, but the context's `default` (used for new hashes) is a fast hex digest."""

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt", "hex_sha256"], default="hex_sha256")


def hash_password(password: str) -> str:
    return pwd_context.hash(password)
