# corpus: vulnerable SEC214
from flask import Blueprint

from blog import security

bp = Blueprint("articles", __name__)


@bp.route("/articles/new", methods=["POST"])
@security.author_only
def create():
    return "created"


@bp.route("/articles/<int:aid>", methods=["PUT"])
@security.author_only
def update(aid):
    return "updated"


@bp.route("/articles/<int:aid>", methods=["DELETE"])
def destroy(aid):
    return "deleted"
