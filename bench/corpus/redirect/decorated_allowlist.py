# corpus: safe SEC106
from flask import Flask, abort, redirect, request
from flask_login import login_required

app = Flask(__name__)
APPS = {"/mail/", "/calendar/", "/drive/"}


@app.get("/launch")
@login_required
def launch():
    app_path = request.args.get("app", "/mail/")
    if app_path not in APPS:
        abort(404)
    return redirect(app_path)
