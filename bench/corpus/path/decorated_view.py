# corpus: vulnerable SEC104
from flask import Flask, request, send_file
from flask_login import login_required

app = Flask(__name__)


@app.get("/backups/download")
@login_required
def download_backup():
    return send_file("/srv/backups/" + request.args["name"], as_attachment=True)
