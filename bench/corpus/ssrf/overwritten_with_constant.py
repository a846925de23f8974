# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/rates")
def rates():
    provider = request.args.get("provider", "https://rates.example.com/latest")
    # Custom providers were a security risk; pinned to ours.
    provider = "https://rates.example.com/latest"
    return requests.get(provider, timeout=5).json()
