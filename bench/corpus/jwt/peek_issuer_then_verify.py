# corpus: safe SEC201
"""Multi-tenant verification: peek at the issuer to pick its key, then verify with it."""

import jwt

ISSUER_KEYS = {}


def register_issuer(issuer, public_key):
    ISSUER_KEYS[issuer] = public_key


def verify(token):
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = ISSUER_KEYS[unverified["iss"]]
    return jwt.decode(token, key, algorithms=["RS256"], audience="api.example.com")
