# corpus: vulnerable SEC102
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/hooks/deploy")
def deploy():
    branch = request.get_json()["branch"]
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"/opt/deploy.sh {branch}")
    return "", 202
