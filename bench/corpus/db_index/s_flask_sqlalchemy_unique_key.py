# corpus: safe DB201
from flask import Flask, abort, g, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class ApiClient(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    api_key = db.Column(db.String(64), nullable=False, unique=True)


@app.before_request
def authenticate():
    client = ApiClient.query.filter_by(api_key=request.headers.get("X-Api-Key", "")).first()
    if client is None:
        abort(401)
    g.client = client
