# corpus: safe SEC101
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


class RegionReport:
    def __init__(self, region: str) -> None:
        self.region = region
        self.table = "sales"

    def sql(self) -> str:
        return f"SELECT SUM(amount) FROM {self.table} WHERE region = %s"


@app.post("/reports/region")
def region_total():
    report = RegionReport(request.form["region"])
    conn = psycopg2.connect("dbname=sales")
    cur = conn.cursor()
    cur.execute(report.sql(), (report.region,))
    return jsonify(total=cur.fetchone()[0])
