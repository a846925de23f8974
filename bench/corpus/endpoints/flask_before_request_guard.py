# corpus: safe SEC214
from flask import Blueprint, abort, g
from flask_login import login_required

bp = Blueprint("admin", __name__)


@bp.before_request
def only_staff():
    if g.user is None or not g.user.is_staff:
        abort(403)


@bp.route("/users/<int:uid>", methods=["POST"])
@login_required
def edit_user(uid):
    return "ok"


@bp.route("/users/<int:uid>/role", methods=["PUT"])
@login_required
def change_role(uid):
    return "ok"


@bp.route("/users/<int:uid>", methods=["DELETE"])
def delete_user(uid):
    return "deleted"
