# corpus: vulnerable SEC207
import bcrypt

BCRYPT_ROUNDS = 8


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))
