# corpus: safe SEC203
"""Flask token endpoint that builds the claims step by step, expiry included."""

from datetime import UTC, datetime, timedelta

from flask import current_app, jsonify, request

import jwt

from .models import User


def issue_token():
    user = User.query.filter_by(email=request.json["email"]).first_or_404()
    now = datetime.now(UTC)
    payload = {"sub": str(user.id)}
    payload["iat"] = now
    payload["exp"] = now + timedelta(hours=1)
    token = jwt.encode(payload, current_app.config["JWT_SECRET_KEY"], algorithm="HS256")
    return jsonify(access_token=token)
