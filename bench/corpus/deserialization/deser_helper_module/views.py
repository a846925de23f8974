# corpus: vulnerable SEC107
from flask import Blueprint, request

from .snapshots import restore

bp = Blueprint("editor", __name__)


@bp.post("/editor/restore")
def restore_snapshot():
    document = restore(request.get_data())
    return {"title": getattr(document, "title", "")}
