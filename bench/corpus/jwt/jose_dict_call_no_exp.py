# corpus: vulnerable SEC203
"""python-jose token built with dict(...): no expiry claim."""

import os

from jose import jwt

SECRET = os.environ["APP_SECRET"]


def create_access_token(username: str, scopes: list[str]) -> str:
    return jwt.encode(dict(sub=username, scopes=scopes), SECRET, algorithm="HS256")
