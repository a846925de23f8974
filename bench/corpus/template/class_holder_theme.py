# corpus: vulnerable SEC112
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


class ThemedPage:
    def __init__(self, header: str) -> None:
        self.header = header
        self.body = "{{ content }}"

    def render(self, content: str) -> str:
        return Template(self.header + self.body).render(content=content)


@app.get("/themed")
def themed():
    return ThemedPage(request.args.get("header", "<h1>Shop</h1>")).render("Welcome!")
