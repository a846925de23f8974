# corpus: safe SEC104
import re

from flask import Flask, abort, request, send_file

app = Flask(__name__)


@app.get("/statements")
def statement():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}\.pdf", name):
        abort(400)
    return send_file("/srv/statements/" + name)
