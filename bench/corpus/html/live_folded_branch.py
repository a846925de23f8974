# corpus: vulnerable SEC111
from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/echo")
def echo():
    text = request.args.get("text", "")
    num = 106
    if 7 * 18 + num > 200:
        return f"<pre>{text}</pre>"
    return f"<pre>{escape(text)}</pre>"
