# corpus: safe SEC102
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


class RsyncJob:
    def __init__(self, source: str) -> None:
        self.source = source
        self.destination = "/backups/"

    def command(self) -> str:
        return f"rsync -a {shlex.quote(self.source)} {self.destination}"


@app.post("/sync")
def sync():
    job = RsyncJob(request.form["source"])
    return {"status": os.system(job.command())}
