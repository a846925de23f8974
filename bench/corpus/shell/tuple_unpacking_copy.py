# corpus: vulnerable SEC102
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/files/copy")
def copy_file():
    src, dst = request.form["src"], request.form["dst"]
    os.system(f"cp /srv/files/{src} /srv/files/{dst}")
    return "", 204
