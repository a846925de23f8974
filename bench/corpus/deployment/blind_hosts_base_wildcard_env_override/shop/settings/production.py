# corpus: safe SEC303
"""The base's wildcard is replaced by a required environment list in production."""

from .base import *

ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
