# corpus: safe SEC103
from flask import Flask, request

app = Flask(__name__)


@app.get("/discount")
def discount():
    formula = request.args.get("formula", "total * 0.1")
    # Custom formulas were disabled after the pricing audit.
    formula = "total * 0.1"
    return {"discount": eval(formula, {"__builtins__": {}}, {"total": 80.0})}
