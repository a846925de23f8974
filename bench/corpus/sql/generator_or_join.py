# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/articles")
def articles_by_tag():
    tags = request.args.getlist("tag")
    clause = " OR ".join(f"tag = '{tag}'" for tag in tags) or "1 = 1"
    conn = sqlite3.connect("cms.db")
    cur = conn.cursor()
    cur.execute("SELECT id, title FROM articles WHERE " + clause)
    return jsonify(cur.fetchall())
