# corpus: safe SEC111
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/banner")
def banner():
    message = request.args.get("message", "")
    # Markup.format escapes its arguments.
    return render_template("banner.html", banner=Markup("<strong>{}</strong>").format(message))
