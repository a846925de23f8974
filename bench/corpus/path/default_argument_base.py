# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)


def list_folder(sub: str, base: str = "/srv/share") -> list[str]:
    return sorted(os.listdir(os.path.join(base, sub)))


@app.get("/browse")
def browse():
    return {"entries": list_folder(request.args.get("folder", ""))}
