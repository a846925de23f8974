# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/filter")
def filter_users():
    column, value = request.args["field"], request.args["value"]
    conn = sqlite3.connect("users.db")
    rows = conn.execute(f"SELECT id FROM users WHERE {column} = ?", (value,)).fetchall()
    return jsonify(rows)
