# corpus: vulnerable SEC102
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup")
def backup():
    folder = request.form["folder"]
    subprocess.run(["sh", "-c", f"tar czf /backups/latest.tgz {folder}"], check=True)
    return "", 202
