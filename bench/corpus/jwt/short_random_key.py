# corpus: vulnerable SEC204
"""A random HS512 key, but only 16 bytes of it (RFC 7518 wants 64)."""

import os
import time

import jwt

SIGNING_KEY = os.urandom(16)


def issue(session_id):
    claims = {"sid": session_id, "exp": int(time.time()) + 600}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS512")
