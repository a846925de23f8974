"""A small SQLAlchemy 2 schema and data set shared by the ASGI and WSGI apps."""

from __future__ import annotations

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.pool import StaticPool

AUTHORS = 7


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship()


def populate(session: Session) -> None:
    authors = [Author(id=n, name=f"author {n}") for n in range(1, AUTHORS + 1)]
    session.add_all(authors)
    session.add_all(Book(title=f"book {n}", author=a) for n, a in enumerate(authors, 1))
    session.commit()


def sqlite_engine() -> Engine:
    """An in-memory database with the schema and data, one connection shared by all threads."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        populate(session)
    return engine
