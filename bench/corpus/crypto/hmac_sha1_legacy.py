# corpus: safe SEC208
import hashlib
import hmac


def twilio_style_signature(auth_secret: bytes, url: str) -> bytes:
    return hmac.new(auth_secret, url.encode(), hashlib.sha1).digest()
