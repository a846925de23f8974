# corpus: vulnerable DB104
from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Event(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(40))
    payload = db.Column(db.JSON)


@app.get("/events")
def events():
    return jsonify([{"id": e.id, "kind": e.kind} for e in Event.query.all()])
