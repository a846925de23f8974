# corpus: vulnerable SEC105
import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/avatars/import")
def import_avatar():
    url = request.form["url"]
    if not url.startswith("https://"):
        abort(400)
    image = requests.get(url, timeout=5).content
    return {"bytes": len(image)}
