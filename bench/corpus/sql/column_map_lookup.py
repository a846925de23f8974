# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
ORDERINGS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "cheapest": "price ASC",
}


@app.get("/listings")
def listings():
    ordering = ORDERINGS.get(request.args.get("sort", ""), "created_at DESC")
    conn = sqlite3.connect("market.db")
    rows = conn.execute(f"SELECT id, title FROM listings ORDER BY {ordering}").fetchall()
    return jsonify(rows)
