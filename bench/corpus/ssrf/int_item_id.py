# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/stock")
def stock():
    item_id = int(request.args["item"])
    response = requests.get(f"http://inventory.internal/items/{item_id}", timeout=3)
    return response.json()
