# corpus: vulnerable SEC111
from flask import Blueprint, request

from html_three_hop.pages import comment_page

bp = Blueprint("comments", __name__)


@bp.post("/comments/preview")
def preview():
    return comment_page(request.form["author"], request.form["comment"])
