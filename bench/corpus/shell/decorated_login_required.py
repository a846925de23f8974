# corpus: vulnerable SEC102
import subprocess

from flask import Flask, request
from flask_login import login_required

app = Flask(__name__)


@app.post("/tools/whois")
@login_required
def whois():
    domain = request.form["domain"]
    return subprocess.getoutput("whois %s" % domain), 200, {"Content-Type": "text/plain"}
