# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def search_people(conn: sqlite3.Connection, term: str, order: str = "last_name") -> list:
    return conn.execute(
        f"SELECT id, first_name, last_name FROM people WHERE last_name LIKE ? ORDER BY {order}",
        (f"%{term}%",),
    ).fetchall()


@app.get("/people")
def people():
    conn = sqlite3.connect("hr.db")
    term = request.args.get("q", "")
    return jsonify(search_people(conn, term, order=request.args.get("order", "last_name")))
