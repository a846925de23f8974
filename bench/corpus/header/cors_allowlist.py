# corpus: safe SEC114
from flask import Flask, jsonify, request

app = Flask(__name__)
TRUSTED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.get("/api/account")
def account():
    response = jsonify(email="ada@example.com", balance=1200)
    origin = request.headers.get("Origin", "")
    if origin in TRUSTED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
