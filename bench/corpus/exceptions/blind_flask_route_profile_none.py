# corpus: vulnerable REL103
from flask import Flask, jsonify

from .clients import profiles

app = Flask(__name__)


@app.get("/users/<int:user_id>")
def user_detail(user_id):
    try:
        profile = profiles.fetch(user_id)
    except Exception:
        profile = None
    return jsonify({"id": user_id, "profile": profile})
