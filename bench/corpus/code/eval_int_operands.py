# corpus: safe SEC103
from flask import Flask, request

app = Flask(__name__)


@app.get("/add")
def add():
    a, b = int(request.args["a"]), int(request.args["b"])
    return {"sum": eval(f"{a} + {b}")}
