# corpus: safe SEC101
from flask import Blueprint, jsonify, request

from .repository import books_by_author

bp = Blueprint("books", __name__)


@bp.route("/books")
def books():
    author = request.args["author"]
    return jsonify(books_by_author(author))
