# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)
MIRROR = "https://mirror.example.com/pkg"


@app.get("/package")
def package():
    url = request.args["url"]
    num = 106
    if 7 * 18 + num > 200:
        response = requests.get(url, timeout=5)
    else:
        response = requests.get(MIRROR, timeout=5)
    return {"size": len(response.content)}
