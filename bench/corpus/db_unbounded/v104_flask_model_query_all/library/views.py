# corpus: vulnerable DB104
from flask import Blueprint, jsonify

from .models import Book

bp = Blueprint("books", __name__)


@bp.route("/books")
def books():
    return jsonify([{"id": b.id, "title": b.title} for b in Book.query.all()])
