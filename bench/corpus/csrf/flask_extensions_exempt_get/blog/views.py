# corpus: safe SEC212
from flask import Blueprint, render_template, request
from flask_login import current_user, login_required

from .extensions import csrf, db

bp = Blueprint("profile", __name__)


@bp.route("/profile")
@csrf.exempt
@login_required
def profile():
    if request.method == "POST":
        current_user.bio = request.form["bio"]
        db.session.commit()
    return render_template("profile.html", user=current_user)
