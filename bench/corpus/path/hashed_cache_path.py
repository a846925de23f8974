# corpus: safe SEC104
import hashlib
import os

from flask import Flask, request

app = Flask(__name__)
CACHE_DIR = "/var/cache/app/previews"


@app.get("/preview")
def preview():
    url = request.args["url"]
    key = hashlib.sha256(url.encode()).hexdigest()
    path = os.path.join(CACHE_DIR, key + ".png")
    if not os.path.exists(path):
        return "", 404
    with open(path, "rb") as fh:
        return fh.read(), 200, {"Content-Type": "image/png"}
