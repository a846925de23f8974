# corpus: safe ASY103
from fastapi import FastAPI

from core.config import get_config

app = FastAPI()


@app.get("/config")
async def public_config():
    config = get_config()
    return {"name": config["name"], "version": config["version"]}
