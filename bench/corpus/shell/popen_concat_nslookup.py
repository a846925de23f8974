# corpus: vulnerable SEC102
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/dns")
def dns_lookup():
    domain = request.args.get("domain", "example.com")
    answer = os.popen("nslookup " + domain).read()
    return jsonify(answer=answer)
