# corpus: safe DB104
from flask import Blueprint, jsonify, request

from .models import Book

bp = Blueprint("books", __name__)


@bp.route("/books")
def books():
    page = Book.query.order_by(Book.id).paginate(page=request.args.get("page", 1, type=int))
    return jsonify([{"id": b.id, "title": b.title} for b in page.items])
