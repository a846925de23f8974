# corpus: vulnerable SEC304
from .base import *

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 0
