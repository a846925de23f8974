# corpus: safe SEC104
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.get("/downloads")
def downloads():
    return send_from_directory("/srv/app/downloads", request.args["name"], as_attachment=True)
