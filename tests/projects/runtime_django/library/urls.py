from importlib import import_module

from django.conf import settings
from django.urls import path

views = import_module(
    "library.views_fixed" if settings.LIBRARY_VARIANT == "fixed" else "library.views"
)

urlpatterns = [
    path("books/", views.book_list, name="book-list"),
    path("books/<int:pk>/", views.book_detail, name="book-detail"),
    path("stock/<str:supplier_code>/", views.stock_level, name="stock-level"),
    path("reports/sales/", views.sales_report, name="sales-report"),
]
