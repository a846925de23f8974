# corpus: vulnerable SEC208
import hashlib

from django.conf import settings


def unsubscribe_url(user) -> str:
    unsubscribe_hash = hashlib.md5(f"{user.id}{settings.SECRET_KEY}".encode()).hexdigest()[:10]
    return f"/unsubscribe/{user.id}/{unsubscribe_hash}/"
