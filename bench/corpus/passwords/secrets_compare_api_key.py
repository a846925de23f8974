# corpus: safe SEC206
import secrets

from fastapi import Header, HTTPException

from .config import settings


async def require_api_key(x_api_key: str = Header(...)) -> None:
    if len(x_api_key) != 40:
        raise HTTPException(status_code=401, detail="malformed API key")
    if not secrets.compare_digest(x_api_key, settings.service_api_key):
        raise HTTPException(status_code=401, detail="invalid API key")
