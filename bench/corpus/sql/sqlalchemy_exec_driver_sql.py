# corpus: vulnerable SEC101
from flask import Flask, jsonify, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@db/app")


@app.get("/metrics")
def metrics():
    metric = request.args.get("metric", "cpu")
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT ts, value FROM samples WHERE metric = '%s'" % metric
        ).fetchall()
    return jsonify([list(r) for r in rows])
