# corpus: vulnerable DB101
from django.shortcuts import render

from .models import Book


def catalogue(request):
    books = Book.objects.filter(in_print=True).order_by("title")
    return render(request, "blib1/catalogue.html", {"books": books})
