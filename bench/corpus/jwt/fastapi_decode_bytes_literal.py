# corpus: vulnerable SEC204
"""FastAPI verifier with the HMAC key as a bytes literal."""

from fastapi import Header, HTTPException

import jwt


def current_user(authorization: str = Header()) -> str:
    token = authorization.removeprefix("Bearer ")
    key = b"0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    try:
        claims = jwt.decode(token, key, algorithms=["HS256"])
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401) from exc
    return claims["sub"]
