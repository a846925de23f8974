# corpus: safe SEC102
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.get("/files/list")
def list_files():
    folder = request.args.get("folder", ".")
    listing = os.popen("ls -l /srv/share/" + shlex.quote(folder)).read()
    return listing, 200, {"Content-Type": "text/plain"}
