# corpus: safe DB103
from sqlalchemy import Boolean, String, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def deactivate(session: Session, accounts: list[Account]) -> None:
    session.execute(
        update(Account).where(Account.id.in_([a.id for a in accounts])).values(active=False)
    )
    session.commit()
