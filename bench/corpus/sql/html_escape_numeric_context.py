# corpus: vulnerable SEC101
import html
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/invoice")
def invoice():
    invoice_id = html.escape(request.args["id"])
    conn = sqlite3.connect("billing.db")
    row = conn.execute(f"SELECT total FROM invoices WHERE id = {invoice_id}").fetchone()
    return jsonify(total=row[0] if row else None)
