# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs")
def create_job():
    callback = request.headers.get("X-Callback-Url")
    if callback:
        requests.post(callback, json={"job": "created"}, timeout=5)
    return "", 201
