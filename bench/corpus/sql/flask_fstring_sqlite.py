# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/orders")
def list_orders():
    status = request.args.get("status", "open")
    db = sqlite3.connect("shop.db")
    rows = db.execute(f"SELECT id, total FROM orders WHERE status = '{status}'").fetchall()
    return jsonify(rows)
