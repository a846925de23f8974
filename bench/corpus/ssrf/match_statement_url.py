# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/docs-index")
def docs_index():
    match request.args.get("version", "latest"):
        case "v1":
            url = "https://docs.example.com/v1/index.json"
        case "v2":
            url = "https://docs.example.com/v2/index.json"
        case _:
            url = "https://docs.example.com/latest/index.json"
    return requests.get(url, timeout=5).json()
