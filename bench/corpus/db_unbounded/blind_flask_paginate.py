# corpus: safe DB104
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Event(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(40))
    payload = db.Column(db.JSON)


@app.get("/events")
def events():
    page = Event.query.order_by(Event.id.desc()).paginate(
        page=request.args.get("page", 1, type=int), per_page=50, max_per_page=200
    )
    return jsonify(
        {"items": [{"id": e.id, "kind": e.kind} for e in page.items], "total": page.total}
    )
