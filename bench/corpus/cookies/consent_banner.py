# corpus: safe SEC211
from flask import Flask, jsonify, make_response

app = Flask(__name__)
CONSENT = "cookie_consent"


@app.post("/consent")
def consent():
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(CONSENT, "accepted", max_age=31536000)
    return resp
