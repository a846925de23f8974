# corpus: vulnerable SEC102
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    name = shlex.quote(request.form["name"])
    # Extra quotes "for spaces": they close shlex.quote's quoting, so `$(...)` runs.
    os.system(f"libreoffice --headless --convert-to pdf '/srv/docs/{name}'")
    return "", 202
