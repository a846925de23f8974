# corpus: vulnerable SEC113
from flask import Flask, request, session

app = Flask(__name__)


@app.post("/signup")
def signup():
    session["username"] = "new-user"
    session["role"] = request.form.get("role", "member")
    return "", 201
