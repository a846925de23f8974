# corpus: safe SEC102
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
SERVICES = {"nginx", "redis", "worker"}


@app.post("/services/restart")
def restart():
    service = request.form["service"]
    if service not in SERVICES:
        abort(404)
    subprocess.run(f"sudo systemctl restart {service}", shell=True, check=True)
    return "", 204
