# corpus: safe SEC217
"""Login limited through a Limiter created in extensions.py under another name."""

from flask import Blueprint, abort, request
from flask_login import login_user
from werkzeug.security import check_password_hash

from webapp.extensions import rate_limiter
from webapp.models import User

auth_bp = Blueprint("auth", __name__)


@auth_bp.post("/login")
@rate_limiter.limit("5 per minute;50 per day")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        abort(401)
    login_user(user)
    return {"ok": True}
