# corpus: safe DB103
from sqlalchemy import Boolean, String
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def import_accounts(session: Session, emails: list[str], batch: int = 500) -> None:
    # Commits in chunks of 500 so a failure keeps the finished chunks; one commit per chunk.
    for start in range(0, len(emails), batch):
        session.add_all([Account(email=e) for e in emails[start : start + batch]])
        session.commit()
