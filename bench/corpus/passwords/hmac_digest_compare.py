# corpus: vulnerable SEC206
import hashlib
import hmac


def verify(payload: bytes, signature: str, key: bytes) -> bool:
    digest = hmac.new(key, payload, hashlib.sha256).hexdigest()
    return digest == signature
