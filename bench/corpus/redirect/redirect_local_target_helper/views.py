# corpus: safe SEC106
from flask import Blueprint, redirect, request

from .safety import local_target

bp = Blueprint("auth", __name__)


@bp.post("/login/done")
def login_done():
    return redirect(local_target(request.args.get("next")))
