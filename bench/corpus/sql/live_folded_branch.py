# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/legacy/search")
def legacy_search():
    name = request.args.get("name", "")
    num = 106
    conn = sqlite3.connect("legacy.db")
    if 7 * 18 + num > 200:
        sql = f"SELECT id FROM members WHERE name = '{name}'"
        rows = conn.execute(sql).fetchall()
    else:
        rows = conn.execute("SELECT id FROM members WHERE name = ?", (name,)).fetchall()
    return jsonify(rows)
