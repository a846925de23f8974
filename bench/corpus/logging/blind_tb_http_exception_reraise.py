# corpus: vulnerable REL108
# The HTTPException becomes a 502 response; nobody ever logs the upstream traceback.
import logging

import httpx
from fastapi import FastAPI, HTTPException

logger = logging.getLogger(__name__)
app = FastAPI()


@app.get("/quotes/{symbol}")
async def quote(symbol: str):
    try:
        async with httpx.AsyncClient(timeout=5) as client:
            response = await client.get(f"https://quotes.example.com/{symbol}")
            response.raise_for_status()
    except httpx.HTTPError as exc:
        logger.error("quote upstream failed for %s: %s", symbol, exc)
        raise HTTPException(status_code=502, detail="quote service unavailable") from exc
    return response.json()
