# corpus: vulnerable SEC103
from flask import Flask, request

app = Flask(__name__)


@app.post("/transform")
def transform():
    field, expression = request.form["field"], request.form["expr"]
    value = eval(expression, {"x": 10})
    return {field: value}
