# corpus: vulnerable SEC105
import functools

import requests
from flask import Flask, g, request

app = Flask(__name__)


def with_account(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        g.account = request.headers.get("X-Account", "anonymous")
        return view(*args, **kwargs)

    return wrapper


@app.post("/oembed")
@with_account
def oembed():
    url = request.form["url"]
    return requests.get(url, timeout=5).json()
