from passlib.context import CryptContext

pwd = CryptContext(schemes=["argon2"])


def verify_password(plain: str, hashed: str) -> bool:
    return pwd.verify(plain, hashed)
