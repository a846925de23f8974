# corpus: vulnerable SEC105
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch")
async def fetch(target: str):
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.get(target)
    return {"status": response.status_code}
