# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/export")
def export_columns():
    fields = request.args.get("fields", "id,name").split(",")
    columns = ", ".join(map(lambda f: f'"{f.strip()}"', fields))
    conn = sqlite3.connect("crm.db")
    rows = conn.execute(f"SELECT {columns} FROM contacts").fetchall()
    return jsonify(rows)
