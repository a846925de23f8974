# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
REPORTS = {
    "daily": lambda: "SELECT date(ts), count(*) FROM visits GROUP BY date(ts)",
    "hourly": lambda: "SELECT strftime('%H', ts), count(*) FROM visits GROUP BY 1",
}


@app.get("/reports")
def report():
    build = REPORTS.get(request.args.get("kind", "daily"), REPORTS["daily"])
    conn = sqlite3.connect("analytics.db")
    return jsonify(conn.execute(build()).fetchall())
