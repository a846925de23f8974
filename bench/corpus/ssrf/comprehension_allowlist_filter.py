# corpus: safe SEC105
import requests
from flask import Flask, request

app = Flask(__name__)
MIRRORS = ("https://a.mirror.example.com", "https://b.mirror.example.com")


@app.get("/mirrors/check")
def check_mirrors():
    wanted = [m for m in request.args.getlist("mirror") if m in MIRRORS]
    return {m: requests.head(m, timeout=3).status_code for m in wanted}
