# corpus: vulnerable SEC201
"""PyJWT 1.x era helper: `verify=False` hidden in a private helper the view trusts."""

from flask import g, jsonify, request

import jwt

from .app import app
from .models import Account


def _claims(token):
    return jwt.decode(token, verify=False)


@app.route("/api/me")
def me():
    claims = _claims(request.headers["Authorization"].split()[1])
    g.account = Account.query.get(claims["account_id"])
    return jsonify(email=g.account.email)
