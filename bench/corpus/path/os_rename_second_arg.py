# corpus: vulnerable SEC104
import os
import tempfile

from flask import Flask, request

app = Flask(__name__)
PUBLISHED = "/srv/app/published"


@app.post("/drafts/publish")
def publish():
    fd, tmp = tempfile.mkstemp(dir="/srv/app/tmp")
    with os.fdopen(fd, "wb") as out:
        out.write(request.files["draft"].read())
    os.rename(tmp, os.path.join(PUBLISHED, request.form["filename"]))
    return "", 204
