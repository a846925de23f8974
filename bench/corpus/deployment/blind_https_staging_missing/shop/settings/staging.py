# corpus: vulnerable SEC304
"""Internet-facing staging: cookies secured, but no HTTPS redirect and no HSTS."""

from .base import *

ALLOWED_HOSTS = ["staging.shop.example.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
