# corpus: safe SEC102
import os

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/proc/info")
def proc_info():
    pid = request.args.get("pid", "")
    if not pid.isdigit():
        abort(400)
    return os.popen(f"ps -o pid,etime,cmd -p {pid}").read(), 200, {"Content-Type": "text/plain"}
