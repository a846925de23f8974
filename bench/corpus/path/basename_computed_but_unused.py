# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/attachments")
def attachment():
    raw = request.args["name"]
    name = os.path.basename(raw)
    app.logger.info("serving attachment %s", name)
    with open(os.path.join("/srv/attachments", raw), "rb") as fh:
        return fh.read()
