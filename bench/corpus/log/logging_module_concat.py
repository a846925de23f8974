# corpus: vulnerable SEC115
import logging

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/track")
async def track(request: Request):
    logging.error("unexpected client: " + request.headers.get("user-agent", ""))
    return {"ok": True}
