# corpus: vulnerable SEC212
from .base import *  # noqa: F403

CSRF = "django.middleware.csrf.CsrfViewMiddleware"
MIDDLEWARE.remove(CSRF)  # noqa: F405
