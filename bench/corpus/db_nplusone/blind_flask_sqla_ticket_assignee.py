# corpus: vulnerable DB101
from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Agent(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(64), unique=True)


class Ticket(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    subject = db.Column(db.String(200))
    state = db.Column(db.String(16), index=True)
    assignee_id = db.Column(db.Integer, db.ForeignKey("agent.id"), index=True)
    assignee = db.relationship("Agent", backref="tickets")


@app.route("/tickets/open")
def open_tickets():
    tickets = Ticket.query.filter_by(state="open").order_by(Ticket.id).limit(200).all()
    return jsonify(
        [
            {
                "id": t.id,
                "subject": t.subject,
                "assignee": t.assignee.username if t.assignee else None,
            }
            for t in tickets
        ]
    )
