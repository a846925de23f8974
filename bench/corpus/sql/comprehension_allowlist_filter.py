# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
EXPORTABLE = ("id", "name", "email", "created_at")


@app.get("/export")
def export_columns():
    requested = request.args.get("fields", "id,name").split(",")
    columns = [field for field in requested if field in EXPORTABLE] or ["id"]
    conn = sqlite3.connect("crm.db")
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM contacts").fetchall()
    return jsonify(rows)
