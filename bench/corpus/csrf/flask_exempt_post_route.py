# corpus: vulnerable SEC212
from flask import Flask, redirect, request
from flask_login import current_user
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/settings/password", methods=["GET", "POST"])
@csrf.exempt
def change_password():
    if request.method == "POST":
        current_user.set_password(request.form["password"])
    return redirect("/settings")
