# corpus: vulnerable SEC103
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    expression = request.args.get("expr", "0")
    return jsonify(result=eval(expression))
