# corpus: vulnerable SEC110
from fastapi import FastAPI

from .catalog import titles_by_author

app = FastAPI()


@app.get("/books")
def books(author: str):
    return {"titles": titles_by_author(author)}
