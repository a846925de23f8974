# corpus: safe SEC401
from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

from .models import Admin

app = Flask(__name__)


@app.post("/admin/login")
def admin_login():
    admin = Admin.query.filter_by(username=request.form.get("username")).first()
    password = request.form.get("password", "")
    if admin is None or password == "" or not check_password_hash(admin.password_hash, password):
        abort(403)
    session["admin"] = True
    return "ok"
