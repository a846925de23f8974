# corpus: vulnerable SEC201
"""Flask API that trusts the bearer token's claims without checking its signature."""

from flask import Flask, g, jsonify, request

import jwt

app = Flask(__name__)


@app.before_request
def load_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        g.user_id = None
        return
    claims = jwt.decode(header[7:], options={"verify_signature": False})
    g.user_id = claims["sub"]
    g.is_admin = claims.get("admin", False)


@app.get("/me")
def me():
    return jsonify(user=g.user_id, admin=g.is_admin)
