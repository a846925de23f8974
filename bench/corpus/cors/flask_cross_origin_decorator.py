# corpus: vulnerable SEC213
from flask import Flask, jsonify
from flask_cors import cross_origin
from flask_login import current_user, login_required

app = Flask(__name__)


@app.get("/api/me")
@cross_origin(origins="*", supports_credentials=True)
@login_required
def me():
    return jsonify(email=current_user.email)
