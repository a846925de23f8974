# corpus: safe SEC105
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
PREVIEW_HOSTS = frozenset({"youtube.com", "www.youtube.com", "vimeo.com"})


@app.get("/embed")
def embed():
    url = request.args["url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        abort(400)
    return requests.get(url, timeout=5, allow_redirects=False).text
