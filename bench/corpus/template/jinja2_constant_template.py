# corpus: safe SEC112
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)
RECEIPT = env.from_string("<p>Thanks {{ name }}, order {{ order }} is confirmed.</p>")


@app.get("/receipt")
def receipt():
    return RECEIPT.render(name=request.args.get("name", ""), order=request.args.get("order", ""))
