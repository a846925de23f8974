# corpus: vulnerable DB102
from library.models import Book


def books_for(isbns):
    return list(map(lambda isbn: Book.objects.get(isbn=isbn), isbns))
