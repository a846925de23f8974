"""The API as first written: each view has one query problem (the tests plant nothing else)."""

from decimal import Decimal

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Book, Setting

SLEEP_FUNCTION = {"postgresql": "pg_sleep", "sqlite": "slow_down"}
REPORT_DELAY_S = 0.5


def currency() -> str:
    return Setting.objects.get(name="currency").value  # planted: DB107


def price_label(amount: Decimal) -> str:
    return f"{amount:.2f} {currency()}"


def serialize_book(book: Book) -> dict[str, object]:
    return {
        "id": book.pk,
        "title": book.title,
        "author": book.author.name,  # planted: DB101
        "tags": [tag.name for tag in book.tags.all()],  # planted: DB101
    }


def book_list(request: HttpRequest) -> JsonResponse:
    books = Book.objects.order_by("title")
    return JsonResponse({"books": [serialize_book(book) for book in books]})


def book_detail(request: HttpRequest, pk: int) -> JsonResponse:
    book = get_object_or_404(Book.objects.select_related("author", "publisher"), pk=pk)
    return JsonResponse(
        {
            "title": book.title,
            "author": book.author.name,
            "publisher": book.publisher.name,
            "price": price_label(book.price),
            "price_with_shipping": price_label(book.price + Decimal("4.50")),
        }
    )


def stock_level(request: HttpRequest, supplier_code: str) -> JsonResponse:
    books = Book.objects.filter(supplier_code=supplier_code)
    titles = list(books.values_list("title", flat=True))  # planted: DB201
    return JsonResponse({"supplier_code": supplier_code, "titles": titles})


def sales_report(request: HttpRequest) -> JsonResponse:
    sql = (
        "SELECT SUM(quantity) FROM library_sale "
        f"CROSS JOIN (SELECT {SLEEP_FUNCTION[connection.vendor]}(%s)) AS expensive"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [REPORT_DELAY_S])  # planted: DB108
        (total,) = cursor.fetchone()
    return JsonResponse({"sold": total or 0})
