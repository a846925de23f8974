from catalog.models import Book


def stock_summary(shelf_id):
    books = Book.objects.filter(shelf_id=shelf_id)
    return {"titles": books.count(), "copies": sum(b.copies for b in books)}
