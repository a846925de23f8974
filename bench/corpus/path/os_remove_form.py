# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)
AVATAR_DIR = "/srv/app/avatars"


@app.post("/avatar/delete")
def delete_avatar():
    os.remove(f"{AVATAR_DIR}/{request.form['filename']}")
    return "", 204
