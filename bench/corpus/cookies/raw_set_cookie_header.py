# corpus: vulnerable SEC211
from flask import Flask, make_response, request

from .auth import check_password, new_session_id

app = Flask(__name__)


@app.post("/login")
def login():
    if not check_password(request.form["user"], request.form["password"]):
        return "denied", 401
    sid = new_session_id()
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = f"session={sid}; Path=/; HttpOnly"
    return resp
