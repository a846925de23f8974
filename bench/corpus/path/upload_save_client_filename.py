# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.post("/upload")
def upload():
    uploaded = request.files["document"]
    uploaded.save(os.path.join(UPLOAD_DIR, uploaded.filename))
    return "", 201
