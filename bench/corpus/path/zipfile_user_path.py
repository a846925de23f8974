# corpus: vulnerable SEC104
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.get("/archives/member")
def archive_member():
    archive = request.args["archive"]
    with zipfile.ZipFile(f"/srv/archives/{archive}") as zf:
        return zf.read(request.args.get("member", "README.txt"))
