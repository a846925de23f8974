# corpus: vulnerable SEC104
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ROOT = Path("/srv/app/reports")


@app.get("/reports/raw")
def raw_report():
    report = ROOT / request.args["name"]
    return report.read_bytes(), 200, {"Content-Type": "application/pdf"}
