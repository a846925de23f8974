# corpus: safe SEC101
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SORTABLE = frozenset({"name", "created_at", "price"})


@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        abort(400)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(f"SELECT id, name FROM products ORDER BY {sort}").fetchall()
    return jsonify(rows)
