# corpus: vulnerable SEC102
from fastapi import FastAPI

from .runner import resolve

app = FastAPI()


@app.get("/resolve/{name}")
def resolve_name(name: str):
    return {"address": resolve(name)}
