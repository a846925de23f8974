# corpus: vulnerable SEC102
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/admin/run")
def run_tool():
    argv = request.get_json()["argv"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=30)
    return jsonify(output=out)
