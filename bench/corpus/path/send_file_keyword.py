# corpus: vulnerable SEC104
from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/manuals")
def manual():
    product = request.args["product"]
    return send_file(path_or_file=f"/srv/manuals/{product}.pdf", mimetype="application/pdf")
