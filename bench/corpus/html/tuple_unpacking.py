# corpus: vulnerable SEC111
from flask import Flask, request

app = Flask(__name__)


@app.get("/compare")
def compare():
    left, right = request.args["a"], request.args["b"]
    return f"<table><tr><td>{left}</td><td>{right}</td></tr></table>"
