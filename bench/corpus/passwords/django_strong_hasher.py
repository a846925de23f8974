# corpus: safe SEC207
from django.contrib.auth.hashers import PBKDF2PasswordHasher


class StrongerHasher(PBKDF2PasswordHasher):
    """Django's default, a little slower."""

    iterations = PBKDF2PasswordHasher.iterations * 2
