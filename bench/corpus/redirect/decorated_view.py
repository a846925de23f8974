# corpus: vulnerable SEC106
from flask import Flask, redirect, request
from flask_login import login_required, logout_user

app = Flask(__name__)


@app.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(request.form.get("after", "/"))
