# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/notes")
def add_note():
    body = request.form["body"]
    conn = sqlite3.connect("notes.db")
    conn.executescript(f"BEGIN; INSERT INTO notes (body) VALUES ('{body}'); COMMIT;")
    return "", 204
