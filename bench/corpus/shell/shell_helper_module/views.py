# corpus: vulnerable SEC102
from flask import Blueprint, jsonify, request

from .imaging import make_thumbnail

bp = Blueprint("media", __name__)


@bp.post("/thumbnails")
def thumbnails():
    payload = request.get_json()
    code = make_thumbnail("/srv/media/originals/latest.png", payload["width"])
    return jsonify(ok=code == 0)
