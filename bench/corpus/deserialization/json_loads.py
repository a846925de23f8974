# corpus: safe SEC107
import json

from flask import Flask, request

app = Flask(__name__)


@app.get("/cart")
def cart():
    items = json.loads(request.cookies.get("cart", "[]"))
    return {"count": len(items)}
