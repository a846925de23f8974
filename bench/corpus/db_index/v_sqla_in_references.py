# corpus: vulnerable DB201
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    provider_reference: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))


def reconcile(session: Session, references: list[str]) -> None:
    stmt = select(Payment).where(Payment.provider_reference.in_(references))
    for payment in session.scalars(stmt):
        payment.status = "settled"
    session.commit()
