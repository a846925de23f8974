# corpus: vulnerable SEC104
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
SNIPPETS = "/srv/snippets"


@app.get("/snippets")
def snippets():
    names = request.args.getlist("name")
    bodies = [open(os.path.join(SNIPPETS, n), encoding="utf-8").read() for n in names]
    return jsonify(bodies)
