# corpus: vulnerable SEC105
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/link-preview")
def link_preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5)
    return jsonify(status=page.status_code, length=len(page.content))
