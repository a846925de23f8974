"""The same API with the query problems of `views.py` fixed."""

from decimal import Decimal

from django.db.models import Sum
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Book, Sale, Setting


def currency() -> str:
    return Setting.objects.get(name="currency").value


def price_label(amount: Decimal, currency_code: str) -> str:
    return f"{amount:.2f} {currency_code}"


def serialize_book(book: Book) -> dict[str, object]:
    return {
        "id": book.pk,
        "title": book.title,
        "author": book.author.name,
        "tags": [tag.name for tag in book.tags.all()],
    }


def book_list(request: HttpRequest) -> JsonResponse:
    books = Book.objects.select_related("author").prefetch_related("tags").order_by("title")
    return JsonResponse({"books": [serialize_book(book) for book in books]})


def book_detail(request: HttpRequest, pk: int) -> JsonResponse:
    book = get_object_or_404(Book.objects.select_related("author", "publisher"), pk=pk)
    currency_code = currency()
    return JsonResponse(
        {
            "title": book.title,
            "author": book.author.name,
            "publisher": book.publisher.name,
            "price": price_label(book.price, currency_code),
            "price_with_shipping": price_label(book.price + Decimal("4.50"), currency_code),
        }
    )


def stock_level(request: HttpRequest, supplier_code: str) -> JsonResponse:
    # Book.supplier_code is indexed in the fixed variant (see models.py)
    books = Book.objects.filter(supplier_code=supplier_code)
    titles = list(books.values_list("title", flat=True))
    return JsonResponse({"supplier_code": supplier_code, "titles": titles})


def sales_report(request: HttpRequest) -> JsonResponse:
    total = Sale.objects.aggregate(total=Sum("quantity"))["total"]
    return JsonResponse({"sold": total or 0})
