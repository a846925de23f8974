# corpus: vulnerable REL103
import contextlib as ctx

from fastapi import FastAPI

app = FastAPI()


@app.post("/events")
async def ingest(event: dict):
    with ctx.suppress(BaseException):
        await publish(event)
    return {"ok": True}


async def publish(event):
    return event
