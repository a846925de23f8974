# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/sample")
def sample():
    wanted = request.args.getlist("id")
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(f"SELECT id FROM products ORDER BY RANDOM() LIMIT {len(wanted)}")
    return jsonify(rows.fetchall())
