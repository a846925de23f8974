# corpus: vulnerable SEC205
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["md5_crypt", "sha256_crypt"])


def hash_pin(pin: str) -> str:
    return pwd_context.hash(pin)
