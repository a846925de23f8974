# corpus: safe SEC102
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/cache/clear")
def clear_cache():
    scope = request.form.get("scope", "all")
    # Per-scope clearing was removed (see incident 2291); always clear everything.
    scope = "all"
    os.system(f"/opt/app/bin/cache-clear --scope {scope}")
    return "", 204
