# corpus: safe SEC101
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/tags")
def add_tags():
    tags = request.get_json()["tags"]
    table = "tags"
    conn = sqlite3.connect("cms.db")
    conn.executemany(f"INSERT INTO {table} (name) VALUES (?)", [(t,) for t in tags])
    conn.commit()
    return "", 204
