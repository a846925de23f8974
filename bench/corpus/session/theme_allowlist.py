# corpus: safe SEC113
from flask import Flask, abort, request, session

app = Flask(__name__)
THEMES = {"light", "dark", "high-contrast"}


@app.post("/preferences/theme")
def set_theme():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        abort(400)
    session["theme"] = theme
    return "", 204
