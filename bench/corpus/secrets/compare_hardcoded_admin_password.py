# corpus: vulnerable SEC401
from flask import Flask, abort, request, session

app = Flask(__name__)


@app.post("/admin/login")
def admin_login():
    if request.form.get("username") == "admin" and request.form["password"] == "Adm!n-Backd00r":
        session["admin"] = True
        return "ok"
    abort(403)
