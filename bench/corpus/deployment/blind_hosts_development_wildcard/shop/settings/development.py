# corpus: safe SEC303
"""Wildcard hosts only in the development settings used with runserver/docker-compose."""

from .base import *

DEBUG = True
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
