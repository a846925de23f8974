# corpus: safe DB201
from flask import Flask, abort
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class PasswordReset(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    user_id = db.Column(db.Integer, nullable=False)
    token = db.Column(db.String(64), index=True)


@app.get("/reset/<token>")
def reset(token):
    row = PasswordReset.query.filter_by(token=token).first()
    if row is None:
        abort(404)
    return {"user": row.user_id}
