# corpus: safe SEC111
from flask import Flask, abort, request

app = Flask(__name__)
COLORS = {"red", "green", "blue", "orange"}


@app.get("/swatch")
def swatch():
    color = request.args.get("color", "blue")
    if color not in COLORS:
        abort(400)
    return f'<div style="background:{color}" class="swatch">{color}</div>'
