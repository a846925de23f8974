# corpus: safe SEC201
"""A token service whose decode options are set once in __init__, signature check on."""

import jwt


class TokenService:
    def __init__(self, public_key):
        self.public_key = public_key
        self.decode_options = {"require": ["exp", "iat"], "verify_aud": False}

    def claims(self, token):
        return jwt.decode(token, self.public_key, algorithms=["RS256"], options=self.decode_options)
