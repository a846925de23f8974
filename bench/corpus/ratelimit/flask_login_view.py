# corpus: vulnerable SEC217
from flask import Flask, request
from flask_login import login_user

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        login_user(None)
    return "form"
