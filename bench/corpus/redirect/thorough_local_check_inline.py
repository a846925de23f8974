# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/back")
def back():
    target = request.args.get("to", "/")
    if (
        not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or not target.isprintable()
    ):
        target = "/"
    return redirect(target)
