# corpus: vulnerable SEC205
import hashlib

from flask import Flask, request

from .db import insert_user

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    digest = hashlib.md5(request.form["password"].encode("utf-8")).hexdigest()
    insert_user(email=email, password_hash=digest)
    return {"ok": True}, 201
