# corpus: vulnerable SEC102
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/reports/print")
def print_report():
    name = request.args["name"]
    if not name.startswith("report_"):
        abort(400)
    os.system(f"lp /srv/reports/{name}")
    return "", 202
