# corpus: safe SEC304
import os

from .base import *

if os.environ.get("TLS_TERMINATED_AT_PROXY"):
    SECURE_SSL_REDIRECT = False
else:
    SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
