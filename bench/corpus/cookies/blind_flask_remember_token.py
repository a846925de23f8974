# corpus: vulnerable SEC211
"""Long-lived remember-me token set without Secure, HttpOnly or SameSite."""

import secrets

from flask import Flask, make_response, redirect, request, url_for

from .auth import check_credentials, store_remember_token

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    resp = make_response(redirect(url_for("dashboard")))
    token = secrets.token_urlsafe(32)
    store_remember_token(user, token)
    resp.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30)
    return resp
