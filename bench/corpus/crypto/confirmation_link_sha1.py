# corpus: vulnerable SEC208
import hashlib
import time


def generate_confirmation_link(user) -> str:
    digest = hashlib.sha1(f"{user.id}:{user.email}:{time.time()}".encode()).hexdigest()
    return f"https://example.com/confirm/{user.id}/{digest}"
