# corpus: safe SEC211
from flask import Flask, g

app = Flask(__name__)


@app.after_request
def remember_timezone(response):
    response.set_cookie("tz", g.get("timezone", "UTC"), max_age=31536000)
    return response
