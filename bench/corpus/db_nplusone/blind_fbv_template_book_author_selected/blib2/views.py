# corpus: safe DB101
from django.shortcuts import render

from .models import Book


def catalogue(request):
    books = Book.objects.filter(in_print=True).select_related("author").order_by("title")
    return render(request, "blib2/catalogue.html", {"books": books})
