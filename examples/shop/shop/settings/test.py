"""Settings for the test suite: SQLite in memory, e-mails kept in memory, fast password hashing."""

from .base import *  # noqa: F403

SECRET_KEY = "tests-only-not-a-secret"
ALLOWED_HOSTS = ["testserver"]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
