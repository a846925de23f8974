# corpus: vulnerable SEC101
import functools
import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
API_KEYS = {"k-123", "k-456"}


def require_api_key(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Api-Key") not in API_KEYS:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/devices")
@require_api_key
def devices():
    site = request.args.get("site", "")
    conn = sqlite3.connect("inventory.db")
    rows = conn.execute("SELECT id, name FROM devices WHERE site = '%s'" % site).fetchall()
    return jsonify(rows)
