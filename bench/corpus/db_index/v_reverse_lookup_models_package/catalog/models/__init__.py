from .author import Author
from .book import Book

__all__ = ["Author", "Book"]
