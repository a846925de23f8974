# corpus: safe SEC104
import os

from flask import Flask, request
from flask_login import login_required
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.post("/upload")
@login_required
def upload():
    uploaded = request.files["document"]
    filename = secure_filename(uploaded.filename or "")
    if not filename:
        return "missing file name", 400
    with open(os.path.join(UPLOAD_DIR, filename), "wb") as out:
        out.write(uploaded.read())
    return "", 201
