# corpus: safe ASY103
import functools
import json
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
SCHEMA = Path(__file__).with_name("schema.json")


@functools.lru_cache(maxsize=1)
def load_schema():
    return json.loads(SCHEMA.read_text())


@app.get("/schema")
async def schema():
    return load_schema()
