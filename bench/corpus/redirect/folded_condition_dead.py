# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/sso/return")
def sso_return():
    target = request.args.get("target", "/")
    num = 50
    if 7 * 18 + num > 200:
        return redirect(target)
    return redirect("/")
