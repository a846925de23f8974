# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/page")
def page():
    number = request.args.get("n", "0")
    if not number.isdigit():
        return jsonify(error="n must be a number"), 400
    conn = sqlite3.connect("blog.db")
    rows = conn.execute(
        f"SELECT id, title FROM posts ORDER BY id LIMIT 10 OFFSET {number} * 10"
    ).fetchall()
    return jsonify(rows)
