# corpus: vulnerable SEC204
"""No algorithm named: PyJWT signs with HS256, here with a word as the key."""

import time

import jwt


def reset_token(user):
    return jwt.encode({"uid": user.id, "exp": int(time.time()) + 3600}, "secret")
