# corpus: vulnerable SEC203
"""Flask token endpoint that builds the claims step by step and forgets the expiry."""

from datetime import UTC, datetime

from flask import current_app, jsonify, request

import jwt

from .models import User


def issue_token():
    user = User.query.filter_by(email=request.json["email"]).first_or_404()
    payload = {"sub": str(user.id)}
    payload["iat"] = datetime.now(UTC)
    payload["scopes"] = user.scopes
    token = jwt.encode(payload, current_app.config["JWT_SECRET_KEY"], algorithm="HS256")
    return jsonify(access_token=token)
