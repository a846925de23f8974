# corpus: vulnerable SEC213
from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["api.example.com"]
