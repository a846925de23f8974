# corpus: safe SEC201
"""Flask API that verifies the bearer token before trusting its claims."""

import os

from flask import Flask, abort, g, request

import jwt

app = Flask(__name__)
JWT_SECRET = os.environ["JWT_SECRET"]


@app.before_request
def load_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        g.user_id = None
        return
    try:
        claims = jwt.decode(
            header[7:], JWT_SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]}
        )
    except jwt.InvalidTokenError:
        abort(401)
    g.user_id = claims["sub"]
