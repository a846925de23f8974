# corpus: vulnerable DB102
from flask import Blueprint, jsonify, request

from .models import Category

bp = Blueprint("shop", __name__)


@bp.route("/categories/resolve", methods=["POST"])
def resolve_categories():
    slugs = request.get_json()["slugs"]
    ids = [Category.query.filter_by(slug=slug).first().id for slug in slugs]
    return jsonify(ids=ids)
