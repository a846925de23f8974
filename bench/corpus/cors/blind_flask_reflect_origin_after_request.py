# corpus: vulnerable SEC213
"""Hand-written CORS in an after_request hook: reflects any Origin, with credentials."""

from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
