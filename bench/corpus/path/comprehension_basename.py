# corpus: safe SEC104
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
SNIPPETS = "/srv/snippets"


@app.get("/snippets")
def snippets():
    names = [os.path.basename(n) for n in request.args.getlist("name")]
    bodies = [
        open(os.path.join(SNIPPETS, n), encoding="utf-8").read()
        for n in names
        if n not in ("", ".", "..")
    ]
    return jsonify(bodies)
