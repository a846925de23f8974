from .models import Book


def low_stock_count(shelf_id):
    return Book.objects.filter(shelf_id=shelf_id, stock__lt=3).count()
