"""Local development: sqlite and console e-mail."""

from .base import *  # noqa: F403

DEBUG = True

SECRET_KEY = "django-insecure-local-only-8v#r2q!m4t7w@x1z"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",  # noqa: F405
    }
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
