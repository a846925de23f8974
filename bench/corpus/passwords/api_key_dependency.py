# corpus: vulnerable SEC206
from fastapi import Header, HTTPException

from .config import settings


async def require_api_key(x_api_key: str = Header(...)) -> None:
    if x_api_key != settings.service_api_key:
        raise HTTPException(status_code=401, detail="invalid API key")
