# corpus: safe SEC102
import os
import tempfile

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/archives")
def upload_archive():
    upload = request.files["archive"]
    with tempfile.TemporaryDirectory() as workdir:
        upload.save(os.path.join(workdir, "upload.zip"))
        status = os.system(f"unzip -qq {workdir}/upload.zip -d {workdir}/out")
    return jsonify(original_name=upload.filename, ok=status == 0)
