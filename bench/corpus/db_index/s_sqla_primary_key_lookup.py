# corpus: safe DB201
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    provider_reference: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))


def settle(session: Session, payment_id: int) -> None:
    stmt = select(Payment).where(Payment.id == payment_id, Payment.status == "pending")
    payment = session.scalars(stmt).one()
    payment.status = "settled"
    session.commit()
