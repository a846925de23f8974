# corpus: vulnerable SEC111
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)
# A bare jinja2.Template does not autoescape.
GREETING = Template("<h1>Hello {{ name }}</h1>")


@app.get("/greet")
def greet():
    return GREETING.render(name=request.args.get("name", ""))
