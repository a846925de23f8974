# corpus: safe SEC204
"""Flask: the key is read from the app config at request time."""

from datetime import UTC, datetime, timedelta

from flask import current_app, jsonify, request

import jwt


def token():
    now = datetime.now(UTC)
    claims = {"sub": request.form["username"], "exp": now + timedelta(hours=1)}
    key = current_app.config["JWT_SECRET_KEY"]
    return jsonify(token=jwt.encode(claims, key, algorithm="HS256"))
