# corpus: safe SEC112
from enum import Enum

from fastapi import FastAPI
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)


class Layout(str, Enum):
    plain = "<p>{{ body }}</p>"
    boxed = "<div class='box'>{{ body }}</div>"


@app.get("/render")
def render(layout: Layout, body: str):
    return {"html": env.from_string(layout.value).render(body=body)}
