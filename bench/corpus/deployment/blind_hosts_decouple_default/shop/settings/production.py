# corpus: vulnerable SEC303
"""python-decouple with a "*" default: a missing variable silently allows every Host."""

from decouple import Csv, config

SECRET_KEY = config("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = config("ALLOWED_HOSTS", default="*", cast=Csv())
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions"]
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
