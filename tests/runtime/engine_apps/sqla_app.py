"""A small SQLAlchemy application (sync and async) with an N+1 on each side of a relation."""

from __future__ import annotations

from sqlalchemy import ForeignKey, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list[Book]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    status: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")


def seed(session: Session, count: int = 6) -> None:
    for number in range(count):
        author = Author(name=f"author {number}")
        session.add(author)
        session.add(Book(title=f"book {number}", status="draft", author=author))
    session.commit()
    session.expire_all()


def titles_with_authors(session: Session) -> list[tuple[str, str]]:
    rows = []
    for book in session.scalars(select(Book)):
        rows.append((book.title, book.author.name))  # forward
    return rows


def book_counts(session: Session) -> dict[str, int]:
    return {author.name: len(author.books) for author in session.scalars(select(Author))}  # reverse


def drafts(session: Session) -> list[Book]:
    return list(session.scalars(select(Book).where(Book.status == "draft")))  # status


async def async_titles_with_authors(session: AsyncSession) -> list[str]:
    names = []
    for book in (await session.scalars(select(Book))).all():
        author = await session.get(Author, book.author_id, populate_existing=True)  # async
        names.append(author.name if author else "")
    return names


def authors_by_number(session: Session, numbers: list[int]) -> list[Author | None]:
    found = []
    for number in numbers:
        found.append(session.scalar(select(Author).where(Author.id == number)))  # by number
    return found
