# corpus: vulnerable SEC111
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/signature")
def signature():
    sig = request.args.get("sig", "")
    return render_template_string("<div class='sig'>{{ sig|safe }}</div>", sig=sig)
