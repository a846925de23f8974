# corpus: safe SEC202
"""Tokens from an identity provider, keys fetched from its JWKS, the algorithm fixed."""

import jwt

JWKS = jwt.PyJWKClient("https://login.example.com/.well-known/jwks.json", cache_keys=True)


def verify(token):
    signing_key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience="api.example.com",
        options={"require": ["exp", "iat"]},
    )
