# corpus: safe SEC207
"""argon2id at OWASP's second option exactly: m=19 MiB, t=2, p=1."""

from argon2 import PasswordHasher

ph = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return ph.hash(password)
