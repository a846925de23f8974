# corpus: safe SEC104
import os

from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/avatars")
def avatar():
    directory, user = "/srv/avatars", request.args["user"]
    app.logger.debug("avatar lookup for %r", user)
    return send_file(os.path.join(directory, "default.png"))
