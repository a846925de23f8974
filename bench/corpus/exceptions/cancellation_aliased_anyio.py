# corpus: vulnerable REL105
import anyio as aio
from fastapi import FastAPI

app = FastAPI()


@app.get("/stream")
async def stream(source=None):
    chunks = []
    try:
        async for chunk in source:
            chunks.append(chunk)
    except aio.get_cancelled_exc_class():
        chunks.append(b"")
    return {"size": len(chunks)}
