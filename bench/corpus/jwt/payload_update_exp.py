# corpus: safe SEC203
"""The expiry is merged in with update() before signing."""

import os
import time

from jose import jwt

SECRET = os.environ["APP_SECRET"]
TTL_SECONDS = 900


def create_access_token(username: str, scopes: list[str]) -> str:
    claims = dict(sub=username, scopes=scopes)
    claims.update({"exp": int(time.time()) + TTL_SECONDS})
    return jwt.encode(claims, SECRET, algorithm="HS256")
