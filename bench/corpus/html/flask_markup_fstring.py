# corpus: vulnerable SEC111
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/banner")
def banner():
    message = request.args.get("message", "")
    return render_template("banner.html", banner=Markup(f"<strong>{message}</strong>"))
