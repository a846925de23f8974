# corpus: safe SEC217
from flask import Blueprint, Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import login_user

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)
auth = Blueprint("auth", __name__)
limiter.limit("10 per minute")(auth)


@auth.post("/login")
def login():
    user = lookup(request.form["email"], request.form["password"])
    login_user(user)
    return "ok"


def lookup(email, password):
    return None
