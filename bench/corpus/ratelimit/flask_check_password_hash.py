# corpus: vulnerable SEC217
from flask import Blueprint, abort, request
from werkzeug.security import check_password_hash

api = Blueprint("api", __name__)
USERS = {"ann": "pbkdf2:sha256:..."}


@api.post("/api/session")
def open_session():
    stored = USERS.get(request.json["user"], "")
    if not check_password_hash(stored, request.json["password"]):
        abort(401)
    return {"ok": True}
