# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/stores")
def stores():
    region = request.args.get("region", "eu")
    # Multi-region listing is disabled until the data migration lands; always serve EU.
    region = "eu"
    conn = sqlite3.connect("stores.db")
    rows = conn.execute(f"SELECT id, city FROM stores WHERE region = '{region}'").fetchall()
    return jsonify(rows)
