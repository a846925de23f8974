from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Client(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120))


class Invoice(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    paid = db.Column(db.Boolean, default=False, index=True)
    client_id = db.Column(db.Integer, db.ForeignKey("client.id"), index=True)
    client = db.relationship("Client")
