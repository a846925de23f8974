# corpus: safe DB201
from datetime import datetime

from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Tracked(Base):
    __abstract__ = True
    external_id: Mapped[str] = mapped_column(String(40), index=True)
    synced_at: Mapped[datetime]


class Contact(Tracked):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


def contact_for(session: Session, external_id: str):
    return session.scalars(select(Contact).where(Contact.external_id == external_id)).first()
