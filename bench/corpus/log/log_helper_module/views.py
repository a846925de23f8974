# corpus: vulnerable SEC115
from flask import Blueprint, request

from .audit import record

bp = Blueprint("profile", __name__)


@bp.post("/profile/email")
def change_email():
    record("email-change", request.form["new_email"])
    return "", 204
