# corpus: safe SEC102
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
HOSTNAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}")


@app.get("/dig")
def dig():
    name = request.args.get("name", "")
    if not HOSTNAME.fullmatch(name):
        abort(400)
    out = subprocess.check_output(f"dig +short {name}", shell=True, text=True)
    return out, 200, {"Content-Type": "text/plain"}
