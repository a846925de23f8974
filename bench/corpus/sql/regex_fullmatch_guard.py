# corpus: safe SEC101
import re
import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.get("/sku/<code>")
def sku(code):
    if not re.fullmatch(r"[A-Z]{3}-[0-9]{4}", code):
        abort(404)
    conn = sqlite3.connect("stock.db")
    row = conn.execute(f"SELECT qty FROM stock WHERE sku = '{code}'").fetchone()
    return jsonify(qty=row[0] if row else 0)
