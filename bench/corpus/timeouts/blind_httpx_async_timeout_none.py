# corpus: vulnerable REL101
# httpx has a 5 s default, but `timeout=None` explicitly disables it for every request.
import httpx
from fastapi import Depends, FastAPI

app = FastAPI()


async def get_client():
    async with httpx.AsyncClient(base_url="https://geo.example.com", timeout=None) as client:
        yield client


@app.get("/geo/{ip}")
async def geolocate(ip: str, client: httpx.AsyncClient = Depends(get_client)):
    response = await client.get(f"/lookup/{ip}")
    return response.json()
