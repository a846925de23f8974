# corpus: safe SEC208
import hashlib
import hmac
import os

SIGNING_KEY = os.environ["PARTNER_SIGNING_KEY"].encode()


def sign_request(params: dict) -> dict:
    payload = "&".join(f"{k}={params[k]}" for k in sorted(params)).encode()
    signature = hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()
    return {**params, "signature": signature}
