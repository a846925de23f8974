# corpus: vulnerable SEC306
"""`os.environ.get(...) or "literal"`: a missing variable silently signs with a public key."""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "q8#v2r!k0w-prod-fallback-9s7d6f5g4h3j"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions"]
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
