# corpus: vulnerable SEC104
import os

from flask import Flask, request

app = Flask(__name__)
THEME_DIR = "/srv/app/themes"


@app.get("/theme.css")
def theme_css():
    stylesheet = request.cookies.get("theme", "light.css")
    with open(os.path.join(THEME_DIR, stylesheet), encoding="utf-8") as fh:
        return fh.read(), 200, {"Content-Type": "text/css"}
