# corpus: vulnerable SEC208
"""`sha1(secret + data)` as a URL signature: SHA-1 and length extension; should be HMAC-SHA256."""

import hashlib
import time

from django.conf import settings


def sign_download_url(path: str, ttl: int = 300) -> str:
    expires = int(time.time()) + ttl
    signature = hashlib.sha1((settings.SECRET_KEY + path + str(expires)).encode()).hexdigest()
    return "%s?expires=%d&sig=%s" % (path, expires, signature)
