# corpus: safe SEC115
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    username = request.form.get("username", "")
    # %r writes the repr: line breaks become \n escapes.
    log.warning("failed login for user %r", username)
    return "invalid credentials", 401
