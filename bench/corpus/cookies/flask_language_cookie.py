# corpus: safe SEC211
from flask import Flask, make_response, redirect

app = Flask(__name__)


@app.get("/lang/<code>")
def set_language(code):
    resp = make_response(redirect("/"))
    resp.set_cookie("language", code, max_age=31536000)
    return resp
