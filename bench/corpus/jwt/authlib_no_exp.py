# corpus: vulnerable SEC203
"""authlib issuer: header first, then claims without `exp`."""

from authlib.jose import jwt

from .keys import private_key

HEADER = {"alg": "RS256", "kid": "2024-06"}


def id_token(user, client_id):
    claims = {"iss": "https://id.example.com", "sub": user.id, "aud": client_id}
    return jwt.encode(HEADER, claims, private_key()).decode()
