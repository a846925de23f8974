# corpus: safe SEC102
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/queue")
def queue_action():
    match request.form.get("action"):
        case "pause":
            command = "supervisorctl stop worker:*"
        case "resume":
            command = "supervisorctl start worker:*"
        case _:
            return {"error": "unknown action"}, 400
    subprocess.run(command, shell=True, check=True)
    return "", 204
