# corpus: safe SEC204
"""A per-process random key of full size (tokens only live as long as the worker)."""

import secrets
import time

import jwt

SIGNING_KEY = secrets.token_bytes(64)


def issue(session_id):
    claims = {"sid": session_id, "exp": int(time.time()) + 600}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS512")
