# corpus: safe SEC102
import os

from flask import Flask, abort

app = Flask(__name__)
CHECKS = {
    "disk": "df -h /",
    "memory": "free -m",
    "load": "uptime",
}


@app.get("/health/<check>")
def health(check):
    command = CHECKS.get(check)
    if command is None:
        abort(404)
    return os.popen(command).read(), 200, {"Content-Type": "text/plain"}
