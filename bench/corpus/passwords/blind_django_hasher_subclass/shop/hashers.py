# corpus: vulnerable SEC207
"""A project hasher lowers PBKDF2 to Django 1.x's 36,000 iterations "for faster logins"."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class FastLoginPBKDF2Hasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha256_fast"
    iterations = 36_000
