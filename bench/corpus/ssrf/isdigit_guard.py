# corpus: safe SEC105
import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/jobs/status")
def job_status():
    job = request.args.get("job", "")
    if not job.isdigit():
        abort(400)
    return requests.get(f"http://10.0.0.5:8080/jobs/{job}", timeout=3).json()
