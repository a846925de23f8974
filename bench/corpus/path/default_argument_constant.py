# corpus: safe SEC104
import os

from flask import Flask, request

app = Flask(__name__)
FOLDERS = ("public", "reports", "manuals")


def list_folder(sub: str, base: str = "/srv/share") -> list[str]:
    return sorted(os.listdir(os.path.join(base, sub)))


@app.get("/browse")
def browse():
    folder = request.args.get("folder", "public")
    if folder not in FOLDERS:
        return {"error": "unknown folder"}, 404
    return {"entries": list_folder(folder)}
