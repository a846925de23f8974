# corpus: vulnerable SEC101
import ipaddress
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/bans")
def bans():
    address = ipaddress.ip_address(request.args["ip"])
    # Parsing is no escaping: `fe80::1%' OR '1'='1` is a valid IPv6 address.
    conn = sqlite3.connect("security.db")
    rows = conn.execute(f"SELECT reason FROM bans WHERE address = '{address}'").fetchall()
    return jsonify(rows)
