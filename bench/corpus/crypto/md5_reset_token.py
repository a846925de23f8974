# corpus: vulnerable SEC208
import hashlib
import time

from django.conf import settings


def make_reset_token(user) -> str:
    raw = f"{user.pk}:{user.email}:{int(time.time())}:{settings.SECRET_KEY}"
    return hashlib.md5(raw.encode()).hexdigest()
