# corpus: vulnerable SEC401
import hashlib
import hmac

WEBHOOK_SIGNING_KEY = b"A8bJIvyfHOf-Ng8pHVNkYjm2Q0jhRtq4FoprKNP9"


def sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_SIGNING_KEY, body, hashlib.sha256).hexdigest()
