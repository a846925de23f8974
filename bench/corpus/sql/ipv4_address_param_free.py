# corpus: safe SEC101
import ipaddress
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.get("/bans")
def bans():
    try:
        address = ipaddress.IPv4Address(request.args["ip"])
    except ValueError:
        abort(400)
    conn = sqlite3.connect("security.db")
    rows = conn.execute(f"SELECT reason FROM bans WHERE address = '{address}'").fetchall()
    return jsonify(rows)
