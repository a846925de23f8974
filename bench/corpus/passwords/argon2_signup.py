# corpus: safe SEC205
import hashlib

from argon2 import PasswordHasher
from flask import Flask, request

app = Flask(__name__)
hasher = PasswordHasher()


@app.post("/signup")
def signup():
    email = request.form["email"]
    password_hash = hasher.hash(request.form["password"])
    email_digest = hashlib.sha256(email.lower().encode()).hexdigest()
    return {"email_digest": email_digest, "hash_prefix": password_hash[:10]}, 201
