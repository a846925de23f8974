# corpus: safe SEC203
"""`exp` is merged in with `update({...})` before encoding."""

from datetime import UTC, datetime, timedelta

from flask import current_app

import jwt

LIFETIME = timedelta(minutes=15)


def make_access_token(user):
    now = datetime.now(UTC)
    claims = {"sub": str(user.id), "iat": now}
    claims.update({"exp": now + LIFETIME, "scope": "user"})
    return jwt.encode(claims, current_app.config["JWT_SECRET_KEY"], algorithm="HS256")
