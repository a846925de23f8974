# corpus: safe SEC106
from urllib.parse import quote

from flask import Flask, redirect, request

app = Flask(__name__)


@app.before_request
def require_login():
    if request.endpoint != "login" and "user_id" not in request.cookies:
        return redirect("/login?next=" + quote(request.full_path))
    return None
