# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def recent_posts(conn: sqlite3.Connection, limit: int = 20) -> list:
    return conn.execute(f"SELECT id, title FROM posts ORDER BY id DESC LIMIT {limit}").fetchall()


@app.get("/posts")
def posts():
    conn = sqlite3.connect("blog.db")
    if "limit" in request.args:
        return jsonify(recent_posts(conn, min(int(request.args["limit"]), 100)))
    return jsonify(recent_posts(conn))
