# corpus: vulnerable DB201
from sqlalchemy import Column, Integer, Numeric, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    provider_ref = Column(String(64), nullable=False)
    amount = Column(Numeric(12, 2))


def handle_webhook(session, event):
    payment = session.query(Payment).filter_by(provider_ref=event["data"]["id"]).one_or_none()
    if payment is not None:
        payment.amount = event["data"]["amount"]
        session.commit()
