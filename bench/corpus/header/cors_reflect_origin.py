# corpus: vulnerable SEC114
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/account")
def account():
    response = jsonify(email="ada@example.com", balance=1200)
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
