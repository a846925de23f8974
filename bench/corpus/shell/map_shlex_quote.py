# corpus: safe SEC102
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/bundle")
def bundle():
    files = request.form.getlist("file")
    quoted = " ".join(map(shlex.quote, files))
    os.system(f"cd /srv/share && zip -q /tmp/bundle.zip -- {quoted}")
    return "", 202
