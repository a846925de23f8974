# corpus: safe REL115
from app.models import Invoice, Payment
from sqlalchemy.orm import Session


def pay(engine, amount, invoice_id):
    with Session(engine) as session, session.begin():
        payment = Payment(amount=amount)
        session.add(payment)
        invoice = session.get(Invoice, invoice_id)
        invoice.paid = True
    return payment
