# corpus: safe SEC103
from flask import Flask, request

app = Flask(__name__)


@app.post("/filters/test")
def test_filter():
    condition = request.form["condition"]
    num = 50
    if 7 * 18 + num > 200:
        return {"matched": bool(eval(condition))}
    return {"matched": condition == "price > 10"}
