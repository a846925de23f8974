# corpus: safe SEC217
from flask import Flask

app = Flask(__name__)


@app.route("/login")
def login_page():
    return "<form method=post action=/api/login></form>"


@app.post("/profile")
def save_profile():
    return "saved"
