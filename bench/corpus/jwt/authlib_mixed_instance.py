# corpus: vulnerable SEC202
"""authlib token instance allowing HMAC and RSA together."""

from authlib.jose import JsonWebToken

from .keys import public_key

token_codec = JsonWebToken(["HS256", "RS256"])


def verify(token):
    claims = token_codec.decode(token, public_key())
    claims.validate()
    return claims
