# corpus: safe SEC205
from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["argon2", "md5_crypt"], deprecated="auto")


def verify_and_upgrade(password: str, stored: str) -> tuple[bool, str | None]:
    return pwd_context.verify_and_update(password, stored)
