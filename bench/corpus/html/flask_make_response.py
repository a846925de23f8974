# corpus: vulnerable SEC111
from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/greeting")
def greeting():
    response = make_response("<p>Welcome back, %s</p>" % request.args.get("name", ""))
    response.headers["Cache-Control"] = "no-store"
    return response
