# corpus: safe SEC102
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.post("/print")
def print_file():
    name = request.form["name"]
    num = 50
    if 7 * 18 + num > 200:
        os.system("lp /srv/print/" + name)
    else:
        os.system("lp /srv/print/" + shlex.quote(name))
    return "", 202
