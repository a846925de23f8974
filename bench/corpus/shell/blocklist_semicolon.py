# corpus: vulnerable SEC102
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/ping")
def ping():
    host = request.args.get("host", "")
    if ";" in host or "&" in host:
        abort(400)
    # `|`, `$(...)`, backticks and newlines still get through.
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True, text=True)
    return out, 200, {"Content-Type": "text/plain"}
