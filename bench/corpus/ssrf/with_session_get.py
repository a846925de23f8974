# corpus: vulnerable SEC105
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/rss")
def rss():
    feed = request.args["feed"]
    with requests.Session() as http:
        http.headers["User-Agent"] = "feed-reader/1.0"
        body = http.get(feed, timeout=5).text
    return {"length": len(body)}
