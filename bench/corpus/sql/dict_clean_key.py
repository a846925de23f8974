# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/shipments")
def shipments():
    params = {"table": "shipments", "carrier": request.args.get("carrier", "ups")}
    conn = sqlite3.connect("logistics.db")
    sql = f"SELECT id FROM {params['table']} WHERE carrier = ?"
    return jsonify(conn.execute(sql, (params["carrier"],)).fetchall())
