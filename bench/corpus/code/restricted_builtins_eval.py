# corpus: vulnerable SEC103
from flask import Flask, request

app = Flask(__name__)


@app.post("/filters/test")
def test_filter():
    condition = request.form["condition"]
    # An empty __builtins__ is no sandbox: ().__class__.__mro__ reaches every class.
    matched = eval(condition, {"__builtins__": {}}, {"price": 12, "stock": 3})
    return {"matched": bool(matched)}
