# corpus: safe SEC204
"""The secret is required from the environment: no fallback."""

import os

import jwt

JWT_SECRET = os.environ["JWT_SECRET"]


def verify(token):
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"], options={"require": ["exp"]})
