# corpus: safe SEC104
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


class ExportFile:
    directory = "/srv/exports"

    def __init__(self, name: str) -> None:
        self.label = name
        self.path = os.path.join(self.directory, secure_filename(name))

    def read(self) -> bytes:
        with open(self.path, "rb") as fh:
            return fh.read()


@app.get("/exports")
def exports():
    return ExportFile(request.args["name"]).read()
