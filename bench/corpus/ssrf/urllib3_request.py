# corpus: vulnerable SEC105
import urllib3
from flask import Flask, request

app = Flask(__name__)


@app.get("/check")
def check_link():
    link = request.args["link"]
    response = urllib3.request("HEAD", link, timeout=3.0)
    return {"status": response.status}
