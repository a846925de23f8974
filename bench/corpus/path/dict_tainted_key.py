# corpus: vulnerable SEC104
import os

from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/invoice")
def invoice():
    location = {"root": "/srv/invoices", "file": request.args["file"]}
    return send_file(os.path.join(location["root"], location["file"]))
