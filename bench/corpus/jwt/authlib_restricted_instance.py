# corpus: safe SEC202
"""authlib token instance restricted to one asymmetric family."""

from authlib.jose import JsonWebToken

from .keys import public_key

token_codec = JsonWebToken(["RS256", "RS384"])


def verify(token):
    claims = token_codec.decode(token, public_key())
    claims.validate()
    return claims
