# corpus: vulnerable REL109
"""Flask's `app.logger` with an f-string."""

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    app.logger.info(f"signup attempt from {request.remote_addr}")
    return {"email": email}, 201
