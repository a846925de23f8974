# corpus: safe SEC307
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/status")
def status():
    return httpx.get("https://upstream.internal/status", verify=True, timeout=5).json()
