# corpus: safe SEC101
import psycopg2
from flask import Flask, jsonify, request
from psycopg2 import sql

app = Flask(__name__)


@app.get("/columns")
def column_values():
    column = request.args.get("column", "name")
    conn = psycopg2.connect("dbname=crm")
    cur = conn.cursor()
    query = sql.SQL("SELECT DISTINCT {} FROM contacts LIMIT 100").format(sql.Identifier(column))
    cur.execute(query)
    return jsonify([r[0] for r in cur.fetchall()])
