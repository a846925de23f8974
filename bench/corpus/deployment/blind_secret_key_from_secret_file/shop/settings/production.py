# corpus: safe SEC306
"""The key is read from a mounted secret file at start-up."""

from pathlib import Path

SECRET_KEY = Path("/run/secrets/django_secret_key").read_text().strip()
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions"]
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
