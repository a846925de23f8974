# corpus: vulnerable SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/continue")
def continue_to():
    target = request.args.get("to", "/")
    # `//evil.example` and `/\evil.example` start with "/" and leave the site.
    if not target.startswith("/"):
        target = "/"
    return redirect(target)
