# corpus: safe SEC304
"""HTTPS redirect and HSTS (computed as an expression) come from the base module."""

from .base import *

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop_prod"}}
