# corpus: vulnerable SEC102
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/whereami")
def whereami():
    client = request.headers.get("X-Forwarded-For", request.remote_addr)
    country = subprocess.getoutput(f"geoiplookup {client}")
    return jsonify(country=country)
