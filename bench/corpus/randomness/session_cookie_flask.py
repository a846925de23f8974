# corpus: vulnerable SEC210
import random

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    response = make_response({"ok": True})
    response.set_cookie("sid", str(random.randint(10**15, 10**16 - 1)), httponly=True)
    return response
