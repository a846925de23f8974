# corpus: safe SEC103
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/quick-math")
def quick_math():
    expression = request.args.get("q", "")
    if not re.fullmatch(r"\d{1,6}(\.\d{1,4})?\s?[-+*/]\s?\d{1,6}(\.\d{1,4})?", expression):
        abort(400)
    return {"result": eval(expression, {"__builtins__": {}})}
