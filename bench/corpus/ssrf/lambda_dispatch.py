# corpus: vulnerable SEC105
import requests
from flask import Flask, abort, request

app = Flask(__name__)
LOADERS = {
    "json": lambda url: requests.get(url, timeout=5).json(),
    "text": lambda url: {"text": requests.get(url, timeout=5).text},
}


@app.get("/import")
def import_data():
    loader = LOADERS.get(request.args.get("format", "json"))
    if loader is None:
        abort(400)
    return loader(request.args["source"])
