# corpus: vulnerable SEC211
from flask import Flask
from flask_wtf.csrf import generate_csrf

app = Flask(__name__)


@app.after_request
def add_xsrf_cookie(response):
    response.set_cookie("XSRF-TOKEN", generate_csrf())
    return response
