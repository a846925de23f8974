# corpus: vulnerable SEC204
"""Flask app signing tokens with a secret written in the module."""

from datetime import UTC, datetime, timedelta

from flask import Flask, jsonify, request

import jwt

app = Flask(__name__)
JWT_SECRET = "flask-jwt-secret"
JWT_ALGORITHM = "HS256"


@app.post("/token")
def token():
    now = datetime.now(UTC)
    claims = {"sub": request.form["username"], "exp": now + timedelta(hours=1)}
    return jsonify(token=jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM))
