# corpus: vulnerable SEC111
from flask import Flask, render_template, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.post("/account/profile/preview")
@login_required
def preview_profile():
    context = {
        "display_name": request.form.get("display_name", current_user.name),
        "location": request.form.get("location", ""),
    }
    context["bio"] = request.form.get("bio", "")
    return render_template("account/preview.html", **context)
