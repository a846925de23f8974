# corpus: safe REL120
from flask import Blueprint, jsonify

admin = Blueprint("admin", __name__)


@admin.get("/users/")
def user_list():
    return jsonify([])


@admin.get("/users/<int:user_id>")
def user_detail(user_id):
    return jsonify({"id": user_id})
