# corpus: vulnerable SEC217
from account.store import reset_with_code
from flask import Blueprint, request

bp = Blueprint("account", __name__)


@bp.post("/account/reset-password")
def reset_password():
    ok = reset_with_code(request.form["email"], request.form["code"], request.form["new_password"])
    return "changed" if ok else ("invalid code", 400)
