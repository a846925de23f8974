# corpus: safe ASY103
import anyio
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
STATIC = anyio.Path(__file__).parent / "static"


@app.get("/", response_class=HTMLResponse)
async def index():
    return await (STATIC / "index.html").read_text(encoding="utf-8")
