# corpus: vulnerable SEC207
from django.contrib.auth.hashers import PBKDF2PasswordHasher


class FastLoginHasher(PBKDF2PasswordHasher):
    """Cheaper hashes so the login endpoint keeps up with traffic."""

    algorithm = "pbkdf2_fast"
    iterations = 20_000
