# corpus: safe SEC401
import hashlib
import hmac
import os

WEBHOOK_SIGNING_KEY = os.environb[b"WEBHOOK_SIGNING_KEY"]
EXPECTED_SHA256 = "e974501724f2af439a4d85799ec757ff89046b4b5c5104b7aed1ba0942c29f17"
RELEASE_CHECKSUM = "9e4ed041ff2ff2b308761df6bc2dbe06e93383928c00afef746c8de780314604"
CACHE_KEY = "orders:v2:2e5c71f84d0601eb"


def sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_SIGNING_KEY, body, hashlib.sha256).hexdigest()


def verify_download(data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == EXPECTED_SHA256
