# corpus: vulnerable DB102
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
    out = []
    for line in request.json["lines"]:
        country = db.session.query(Country).filter_by(iso=line["country"]).first()
        out.append(float(line["net"]) * float(country.vat_rate))
    return jsonify(out)
