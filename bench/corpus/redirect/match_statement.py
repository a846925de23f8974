# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/after-login")
def after_login():
    match request.args.get("area"):
        case "admin":
            target = "/admin/"
        case "shop":
            target = "/shop/"
        case _:
            target = "/"
    return redirect(target)
