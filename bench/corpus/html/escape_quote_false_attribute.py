# corpus: vulnerable SEC111
from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/tooltip")
def tooltip():
    hint = escape(request.args.get("hint", ""), quote=False)
    # quote=False leaves `"` alone: `" onmouseover="alert(1)` breaks out of the attribute.
    return f'<span title="{hint}">?</span>'
