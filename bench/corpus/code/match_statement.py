# corpus: safe SEC103
from flask import Flask, request

app = Flask(__name__)


@app.get("/convert")
def convert():
    value = float(request.args.get("value", "0"))
    match request.args.get("unit"):
        case "f":
            expression = "value * 9 / 5 + 32"
        case "k":
            expression = "value + 273.15"
        case _:
            expression = "value"
    return {"result": eval(expression, {}, {"value": value})}
