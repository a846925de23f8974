# corpus: safe SEC104
from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/invoice")
def invoice():
    number = int(request.args["number"])
    return send_file(f"/srv/invoices/{number:08d}.pdf", mimetype="application/pdf")
