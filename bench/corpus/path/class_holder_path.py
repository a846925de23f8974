# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)


class ExportFile:
    directory = "/srv/exports"

    def __init__(self, name: str) -> None:
        self.path = os.path.join(self.directory, name)

    def read(self) -> bytes:
        with open(self.path, "rb") as fh:
            return fh.read()


@app.get("/exports")
def exports():
    return ExportFile(request.args["name"]).read()
