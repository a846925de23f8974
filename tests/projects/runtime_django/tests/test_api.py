import pytest
from django.test import Client
from django.urls import reverse

from library.models import Book

pytestmark = pytest.mark.django_db


def test_book_list(client: Client, catalog: list[Book]) -> None:
    response = client.get(reverse("book-list"))
    assert response.status_code == 200
    books = response.json()["books"]
    assert [book["title"] for book in books] == [f"Book {n}" for n in range(6)]
    assert books[0]["author"] == "Author 0"
    assert len(books[0]["tags"]) == 2


def test_book_detail(client: Client, catalog: list[Book]) -> None:
    book = catalog[2]
    response = client.get(reverse("book-detail", args=[book.pk]))
    assert response.status_code == 200
    assert response.json()["price"] == "12.00 EUR"
    assert response.json()["price_with_shipping"] == "16.50 EUR"


def test_book_detail_not_found(client: Client, catalog: list[Book]) -> None:
    response = client.get(reverse("book-detail", args=[10_000]))
    assert response.status_code == 404


def test_stock_level(client: Client, catalog: list[Book]) -> None:
    response = client.get(reverse("stock-level", args=["SUP-0003"]))
    assert response.status_code == 200
    assert response.json()["titles"] == ["Book 3"]


def test_sales_report(client: Client, catalog: list[Book]) -> None:
    response = client.get(reverse("sales-report"))
    assert response.status_code == 200
    assert response.json()["sold"] == 21
