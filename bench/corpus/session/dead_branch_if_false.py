# corpus: safe SEC113
from flask import Flask, request, session

app = Flask(__name__)


@app.post("/impersonate")
def impersonate():
    target = request.form.get("user_id", "")
    if False:
        session["user_id"] = target
    return {"requested": target, "allowed": False}, 403
