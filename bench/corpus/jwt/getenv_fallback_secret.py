# corpus: vulnerable SEC204
"""The secret comes from the environment, but silently falls back to a literal."""

import os

import jwt

JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret-change-me")


def verify(token):
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], options={"require": ["exp"]})
