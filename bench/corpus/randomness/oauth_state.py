# corpus: vulnerable SEC210
import random
import string

from flask import Flask, redirect, session

app = Flask(__name__)


@app.get("/login/github")
def login_github():
    state = "".join(random.choices(string.ascii_letters, k=16))
    session["oauth_state"] = state
    return redirect(f"https://github.com/login/oauth/authorize?state={state}")
