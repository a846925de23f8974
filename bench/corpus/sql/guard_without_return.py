# corpus: vulnerable SEC101
import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)
SORTABLE = frozenset({"name", "created_at", "price"})


@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        log.warning("unexpected sort column requested")
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(f"SELECT id, name FROM products ORDER BY {sort}").fetchall()
    return jsonify(rows)
