# corpus: vulnerable DB201
from django.http import JsonResponse

from .models import Author


def author_of_isbn(request, isbn):
    author = Author.objects.filter(books__isbn=isbn).first()
    return JsonResponse({"name": author.name if author else None})
