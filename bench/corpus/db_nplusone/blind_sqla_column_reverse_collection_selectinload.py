# corpus: safe DB101
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship, selectinload

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    books = relationship("Book", back_populates="author")


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id"), index=True)
    author = relationship("Author", back_populates="books")


def bibliography(session):
    authors = (
        session.query(Author)
        .options(selectinload(Author.books))
        .order_by(Author.id)
        .limit(50)
        .all()
    )
    result = {}
    for author in authors:
        result[author.name] = sorted(book.title for book in author.books)
    return result
