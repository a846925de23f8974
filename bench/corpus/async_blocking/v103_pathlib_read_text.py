# corpus: vulnerable ASY103
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
STATIC = Path(__file__).parent / "static"


@app.get("/", response_class=HTMLResponse)
async def index():
    return STATIC.joinpath("index.html").read_text(encoding="utf-8")
