# corpus: safe SEC103
from flask import Flask, abort, request

app = Flask(__name__)
OPERATORS = frozenset({"+", "-", "*", "/"})


@app.get("/calculate")
def calculate():
    op = request.args.get("op", "+")
    if op not in OPERATORS:
        abort(400)
    a, b = float(request.args["a"]), float(request.args["b"])
    return {"result": eval(f"{a} {op} {b}")}
