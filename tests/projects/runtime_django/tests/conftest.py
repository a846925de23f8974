from decimal import Decimal

import pytest

from library.models import Author, Book, Publisher, Sale, Setting, Tag

BOOKS = 6


@pytest.fixture
def catalog(db: None) -> list[Book]:
    """Six books by six authors, two tags each, a currency setting and some sales.

    Built with bulk_create so that the set-up itself issues a handful of queries."""
    Setting.objects.create(name="currency", value="EUR")
    publisher = Publisher.objects.create(name="Analytical Press")
    authors = Author.objects.bulk_create(Author(name=f"Author {n}") for n in range(BOOKS))
    tags = Tag.objects.bulk_create(Tag(name=name) for name in ("fiction", "history", "science"))
    books = Book.objects.bulk_create(
        Book(
            title=f"Book {n}",
            author=author,
            publisher=publisher,
            price=Decimal("10.00") + n,
            supplier_code=f"SUP-{n:04d}",
        )
        for n, author in enumerate(authors)
    )
    Book.tags.through.objects.bulk_create(
        Book.tags.through(book=book, tag=tags[(n + k) % len(tags)])
        for n, book in enumerate(books)
        for k in range(2)
    )
    Sale.objects.bulk_create(Sale(book=book, quantity=n + 1) for n, book in enumerate(books))
    return books
