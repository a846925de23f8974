# corpus: safe SEC104
import os

from flask import Flask, jsonify, request, send_file

app = Flask(__name__)


@app.get("/invoice")
def invoice():
    location = {"root": "/srv/invoices", "file": request.args["file"]}
    if request.args.get("meta"):
        return jsonify(requested=location["file"])
    return send_file(os.path.join(location["root"], "latest.pdf"))
