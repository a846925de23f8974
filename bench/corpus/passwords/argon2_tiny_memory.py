# corpus: vulnerable SEC207
from argon2 import PasswordHasher

MEMORY_KIB = 4 * 1024

ph = PasswordHasher(time_cost=2, memory_cost=MEMORY_KIB, parallelism=1)


def hash_password(password: str) -> str:
    return ph.hash(password)
