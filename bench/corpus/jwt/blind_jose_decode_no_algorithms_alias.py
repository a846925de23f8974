# corpus: vulnerable SEC202
"""python-jose imported under an alias, decode without `algorithms`: the header picks it."""

from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError
from jose import jwt as jose_jwt

from .config import settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_current_subject(token: str = Depends(oauth2_scheme)) -> str:
    try:
        claims = jose_jwt.decode(token, settings.jwt_public_key)
    except JWTError as exc:
        raise HTTPException(status_code=401) from exc
    return claims["sub"]
