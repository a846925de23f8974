# corpus: vulnerable DB102
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from library.models import Book


def reserve_many(request):
    reserved = []
    for isbn in request.POST.getlist("isbn"):
        book = get_object_or_404(Book, isbn=isbn)
        book.reserve(request.user)
        reserved.append(book.pk)
    return JsonResponse({"reserved": reserved})
