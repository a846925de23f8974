# corpus: safe SEC111
from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "stranger")
    return f"<h1>Hello, {escape(name)}!</h1>"
