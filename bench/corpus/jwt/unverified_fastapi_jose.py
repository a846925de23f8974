# corpus: vulnerable SEC201
"""FastAPI dependency using python-jose with signature verification switched off."""

import os

from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt

SECRET_KEY = os.environ["SECRET_KEY"]
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


async def get_current_user(token: str = Depends(oauth2_scheme)) -> str:
    try:
        payload = jwt.decode(
            token, SECRET_KEY, algorithms=["HS256"], options={"verify_signature": False}
        )
    except JWTError as exc:
        raise HTTPException(status_code=401) from exc
    username = payload.get("sub")
    if username is None:
        raise HTTPException(status_code=401)
    return username
