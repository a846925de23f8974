# corpus: safe SEC106
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/profile-search")
def profile_search():
    return redirect(url_for("profile", username=request.args["username"]))


@app.get("/u/<username>")
def profile(username):
    return {"username": username}
