# corpus: safe SEC204
"""The secret comes from the environment through getenv, and its absence is an error."""

import os

import jwt

JWT_SECRET = os.getenv("JWT_SECRET")
if not JWT_SECRET:
    raise RuntimeError("JWT_SECRET is not set")


def verify(token):
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], options={"require": ["exp"]})
