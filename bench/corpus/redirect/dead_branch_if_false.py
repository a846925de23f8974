# corpus: safe SEC106
from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/sso/return")
def sso_return():
    target = request.args.get("target", "/")
    if False:
        return redirect(target)
    return redirect("/dashboard")
