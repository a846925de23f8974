# corpus: vulnerable SEC307
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/status")
def status():
    return httpx.get("https://upstream.internal/status", verify=False).json()
