# corpus: safe SEC203
"""authlib issuer with an expiry claim."""

import time

from authlib.jose import jwt

from .keys import private_key

HEADER = {"alg": "RS256", "kid": "2024-06"}


def id_token(user, client_id):
    now = int(time.time())
    claims = {"iss": "https://id.example.com", "sub": user.id, "aud": client_id}
    claims.setdefault("exp", now + 300)
    return jwt.encode(HEADER, claims, private_key()).decode()
