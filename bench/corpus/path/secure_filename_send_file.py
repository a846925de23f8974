# corpus: safe SEC104
import os

from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.get("/download")
def download():
    name = secure_filename(request.args.get("file", ""))
    if not name:
        abort(404)
    return send_file(os.path.join(UPLOAD_DIR, name))
