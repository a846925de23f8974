# corpus: safe SEC104
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
ROOT = os.path.realpath("/srv/app/shared")


@app.get("/shared")
def shared():
    full = os.path.realpath(os.path.join(ROOT, request.args["path"]))
    if os.path.commonpath([full, ROOT]) != ROOT:
        abort(403)
    return send_file(full)
