# corpus: vulnerable REL115
from app.db import db
from app.models import Invoice, Payment
from flask import Blueprint, request

bp = Blueprint("payments", __name__)


@bp.post("/payments")
def pay():
    payment = Payment(amount=request.json["amount"])
    db.session.add(payment)
    db.session.commit()
    invoice = db.session.get(Invoice, request.json["invoice"])
    invoice.paid = True
    db.session.commit()
    return {"id": payment.id}
