# corpus: safe ASY103
import anyio
from fastapi import FastAPI

app = FastAPI()


@app.get("/motd")
async def motd():
    async with await anyio.open_file("/etc/motd") as f:
        return {"motd": await f.read()}
