# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/products/batch")
def products_batch():
    ids = request.args.getlist("id")
    if not ids:
        return jsonify([])
    placeholders = ", ".join("?" for _ in ids)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(f"SELECT id, name FROM products WHERE id IN ({placeholders})", ids)
    return jsonify(rows.fetchall())
