# corpus: vulnerable SEC113
from flask import Flask, request, session

app = Flask(__name__)


@app.get("/sso/callback")
def sso_callback():
    session["user_id"] = request.cookies.get("legacy_uid")
    return "", 204
