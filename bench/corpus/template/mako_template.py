# corpus: vulnerable SEC112
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.get("/mako-greeting")
def mako_greeting():
    return Template("Hello " + request.args.get("name", "") + "!").render()
