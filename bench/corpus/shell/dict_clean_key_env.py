# corpus: safe SEC102
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs/nightly")
def nightly():
    job = {"script": "/opt/jobs/nightly.sh", "label": request.form.get("label", "manual")}
    env = {**os.environ, "JOB_LABEL": job["label"]}
    subprocess.run(f"bash {job['script']}", shell=True, env=env, check=False)
    return "", 202
