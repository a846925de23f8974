# corpus: safe SEC111
from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/names")
def names():
    escaped = map(escape, request.args.getlist("name"))
    return "<ul>" + "".join(f"<li>{n}</li>" for n in escaped) + "</ul>"
