# corpus: safe SEC207
from argon2 import PasswordHasher

ph = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return ph.hash(password)
