# corpus: vulnerable SEC106
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/out")
def outbound():
    url = request.args["url"]
    if "example.com" not in url:
        abort(400)
    return redirect(url)
