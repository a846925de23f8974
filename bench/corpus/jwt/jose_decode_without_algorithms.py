# corpus: vulnerable SEC202
"""python-jose decode without `algorithms`: the token header picks the algorithm."""

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError
from jose import jwt as jose_jwt

from .config import settings

app = FastAPI()
bearer = HTTPBearer()


def current_claims(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> dict:
    try:
        return jose_jwt.decode(credentials.credentials, settings.public_key)
    except JWTError as exc:
        raise HTTPException(status_code=401) from exc


@app.get("/orders")
def orders(claims: Annotated[dict, Depends(current_claims)]):
    return {"customer": claims["sub"]}
