# corpus: safe DB103
from sqlalchemy import Boolean, String, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def import_accounts(session: Session, emails: list[str]) -> None:
    session.execute(insert(Account), [{"email": e, "active": True} for e in emails])
    session.commit()
