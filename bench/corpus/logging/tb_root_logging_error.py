# corpus: vulnerable REL108
"""A Flask error path calls `logging.error` with the message only."""

import logging

from flask import Flask, jsonify

from .reports import ReportError, build_report

app = Flask(__name__)


@app.route("/reports/<int:report_id>")
def report(report_id):
    try:
        data = build_report(report_id)
    except (ReportError, KeyError) as exc:
        logging.error("report %d failed: %s", report_id, exc)
        return jsonify(error="report unavailable"), 500
    return jsonify(data)
