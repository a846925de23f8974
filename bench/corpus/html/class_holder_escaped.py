# corpus: safe SEC111
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


class Alert:
    def __init__(self, text: str) -> None:
        self.text = escape(text)
        self.level = "warning"

    def render(self) -> str:
        return f'<div class="alert alert-{self.level}">{self.text}</div>'


@app.get("/notice")
def notice():
    return Alert(request.args.get("text", "")).render()
