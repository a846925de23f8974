# corpus: vulnerable SEC112
from fastapi import FastAPI
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=True)


@app.post("/notifications/render")
def render_notification(body: str):
    return {"text": env.from_string(body).render(user="Ada")}
