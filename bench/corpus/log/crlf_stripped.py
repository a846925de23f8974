# corpus: safe SEC115
import logging

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/track")
async def track(request: Request):
    agent = request.headers.get("user-agent", "").replace("\r", "").replace("\n", "")
    logger.error("unexpected client: %s", agent)
    return {"ok": True}
