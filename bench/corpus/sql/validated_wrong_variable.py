# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/feed")
def feed():
    limit = int(request.args.get("limit", "20"))
    offset = request.args.get("offset", "0")
    conn = sqlite3.connect("feed.db")
    rows = conn.execute(
        f"SELECT id, body FROM posts ORDER BY id DESC LIMIT {limit} OFFSET {offset}"
    ).fetchall()
    return jsonify(rows)
