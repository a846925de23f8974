# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/orders/detail")
def order_detail():
    order_id = request.args["id"]
    db = sqlite3.connect("shop.db")
    row = db.execute(f"SELECT id, total FROM orders WHERE id = {int(order_id)}").fetchone()
    return jsonify(row)
