# corpus: vulnerable SEC105
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.get("/download-size")
def download_size():
    url = request.args["url"]
    with httpx.stream("GET", url, timeout=10) as response:
        size = sum(len(chunk) for chunk in response.iter_bytes())
    return {"size": size}
