# corpus: safe SEC103
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    settings = ast.literal_eval(request.form["settings"])
    if not isinstance(settings, dict):
        return jsonify(error="expected a dict"), 400
    return jsonify(keys=sorted(settings))
