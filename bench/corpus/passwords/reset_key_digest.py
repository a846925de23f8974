# corpus: safe SEC205
import hashlib


def store_reset_key(user, password_reset_key: str) -> None:
    user.reset_key_sha256 = hashlib.sha256(password_reset_key.encode()).hexdigest()
    user.save()
