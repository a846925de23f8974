# corpus: safe SEC111
from django.http import HttpResponse
from django.utils.html import escape


def search(request):
    q = escape(request.GET.get("q", ""))
    return HttpResponse("<p>No results for <b>" + q + "</b></p>")
