# corpus: vulnerable SEC102
import os

from flask import Flask, request

app = Flask(__name__)


class RsyncJob:
    def __init__(self, source: str) -> None:
        self.source = source
        self.destination = "/backups/"

    def run(self) -> int:
        return os.system(f"rsync -a {self.source} {self.destination}")


@app.post("/sync")
def sync():
    job = RsyncJob(request.form["source"])
    return {"status": job.run()}
