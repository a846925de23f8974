# corpus: safe SEC101
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/scores")
def scores():
    match request.args.get("order"):
        case "asc":
            direction = "ASC"
        case _:
            direction = "DESC"
    conn = sqlite3.connect("game.db")
    rows = conn.execute(f"SELECT player, score FROM scores ORDER BY score {direction}")
    return jsonify(rows.fetchall())
