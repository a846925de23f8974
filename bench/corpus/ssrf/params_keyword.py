# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/search")
def search():
    response = requests.get(
        "https://search.internal/api/query",
        params={"q": request.args.get("q", ""), "limit": 20},
        timeout=5,
    )
    return response.json()
