# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/users/by-email")
def user_by_email():
    column, value = "email", request.args["email"]
    conn = sqlite3.connect("users.db")
    rows = conn.execute(f"SELECT id FROM users WHERE {column} = ?", (value,)).fetchall()
    return jsonify(rows)
