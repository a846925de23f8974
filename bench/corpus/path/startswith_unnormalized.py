# corpus: vulnerable SEC104
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/public")
def public_file():
    path = request.args["path"]
    if not path.startswith("/srv/public/"):
        abort(403)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
