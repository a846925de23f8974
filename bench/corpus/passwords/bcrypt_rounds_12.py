# corpus: safe SEC207
import bcrypt

BCRYPT_ROUNDS = 12


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))
