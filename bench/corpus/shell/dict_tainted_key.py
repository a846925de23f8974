# corpus: vulnerable SEC102
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/compress")
def compress():
    options = {"binary": "/usr/bin/gzip", "level": request.form.get("level", "6")}
    os.system(f"{options['binary']} -{options['level']} /var/exports/report.csv")
    return "", 204
