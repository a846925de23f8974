# corpus: vulnerable SEC114
from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/goodbye")
def goodbye():
    response = make_response("<p>You are being signed out...</p>")
    response.headers["Refresh"] = "3; url=" + request.args.get("next", "/")
    return response
