# corpus: vulnerable SEC206
import hashlib
import hmac


def check_callback(body: bytes, provided_signature: str, secret: bytes) -> bool:
    expected_signature = hmac.new(secret, body, hashlib.sha1).hexdigest()
    return provided_signature == expected_signature
