# corpus: safe SEC212
from flask import Flask, jsonify
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/api/status")
@csrf.exempt
def status():
    return jsonify(ok=True)
