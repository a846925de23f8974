# corpus: safe SEC213
from .base import *  # noqa: F403

CORS_ALLOW_ALL_ORIGINS = False
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
