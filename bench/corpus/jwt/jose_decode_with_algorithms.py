# corpus: safe SEC202
"""python-jose decode with a fixed algorithm from its constants."""

from typing import Annotated

from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from jose.constants import ALGORITHMS

from .config import settings

bearer = HTTPBearer()


def current_claims(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> dict:
    try:
        return jwt.decode(
            credentials.credentials, settings.public_key, algorithms=[ALGORITHMS.RS256]
        )
    except JWTError as exc:
        raise HTTPException(status_code=401) from exc
