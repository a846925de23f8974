# corpus: safe SEC217
from flask import Blueprint, request
from flask_login import login_user

bp = Blueprint("auth", __name__)


@bp.post("/signin")
def sign_in():
    user = find_user(request.form["email"])
    if user is None or not user.password_matches(request.form["password"]):
        return "invalid", 401
    login_user(user)
    return "ok"


def find_user(email):
    return None
