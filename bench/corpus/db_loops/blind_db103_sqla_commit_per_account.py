# corpus: vulnerable DB103
from sqlalchemy import Boolean, String
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def deactivate(session: Session, accounts: list[Account]) -> None:
    for account in accounts:
        account.active = False
        session.commit()
