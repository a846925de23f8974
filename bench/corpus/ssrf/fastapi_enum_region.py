# corpus: safe SEC105
from enum import Enum

import httpx
from fastapi import FastAPI

app = FastAPI()


class Region(str, Enum):
    eu = "eu"
    us = "us"
    ap = "ap"


@app.get("/regions/{region}/health")
def region_health(region: Region):
    response = httpx.get(f"https://{region.value}.api.example.com/health", timeout=5)
    return {"status": response.status_code}
