# corpus: safe SEC102
import os
from urllib.parse import quote

from flask import Flask, request

app = Flask(__name__)


@app.post("/cache/warm")
def warm_cache():
    slug = request.form["slug"]
    os.system(f"curl -s -o /dev/null https://cdn.internal.example/warm/{quote(slug, safe='')}")
    return "", 202
