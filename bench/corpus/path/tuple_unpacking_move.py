# corpus: vulnerable SEC104
import shutil

from flask import Flask, request

app = Flask(__name__)


@app.post("/files/rename")
def rename():
    old, new = request.form["old"], request.form["new"]
    shutil.move(f"/srv/share/{old}", f"/srv/share/{new}")
    return "", 204
