# corpus: vulnerable SEC208
import hashlib
import os

SIGNING_KEY = os.environ["PARTNER_SIGNING_KEY"]


def sign_request(params: dict) -> dict:
    payload = "&".join(f"{k}={params[k]}" for k in sorted(params))
    signature = hashlib.sha1((payload + SIGNING_KEY).encode()).hexdigest()
    return {**params, "signature": signature}
