# corpus: vulnerable SEC102
import os

from flask import Flask, abort, request

app = Flask(__name__)
ARCHIVERS = {
    "zip": lambda path: os.system(f"zip -qr /tmp/export.zip {path}"),
    "tar": lambda path: os.system(f"tar czf /tmp/export.tgz {path}"),
}


@app.post("/export")
def export():
    archiver = ARCHIVERS.get(request.form.get("format", "zip"))
    if archiver is None:
        abort(400)
    archiver(request.form["path"])
    return "", 202
