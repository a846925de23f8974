# corpus: safe DB102
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)


class Country(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    iso = db.Column(db.String(2), unique=True)
    vat_rate = db.Column(db.Numeric(5, 2))


@app.post("/vat")
def vat_for_lines():
    lines = request.json["lines"]
    isos = {line["country"] for line in lines}
    rates = dict(
        db.session.query(Country.iso, Country.vat_rate).filter(Country.iso.in_(isos)).all()
    )
    return jsonify([float(line["net"]) * float(rates[line["country"]]) for line in lines])
