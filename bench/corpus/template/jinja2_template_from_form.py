# corpus: vulnerable SEC112
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.post("/emails/preview")
def preview_email():
    template = Template(request.form["template"])
    return template.render(customer="Ada", order_id=1234)
