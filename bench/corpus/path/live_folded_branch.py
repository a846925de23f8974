# corpus: vulnerable SEC104
import os

from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.get("/files")
def files():
    name = request.args["name"]
    num = 106
    if 7 * 18 + num > 200:
        path = os.path.join("/srv/files", name)
    else:
        path = os.path.join("/srv/files", secure_filename(name))
    return send_file(path)
