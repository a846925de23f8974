# corpus: vulnerable SEC202
"""Allowed algorithms kept in a constant that also admits unsigned tokens."""

import os

import jwt

JWT_SECRET = os.environ["JWT_SECRET"]
ALLOWED_ALGORITHMS = ["HS256", "HS512", "none"]


def user_id_from(token):
    claims = jwt.decode(token, JWT_SECRET, algorithms=ALLOWED_ALGORITHMS)
    return int(claims["sub"])
