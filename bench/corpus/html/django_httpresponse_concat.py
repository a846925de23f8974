# corpus: vulnerable SEC111
from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>No results for <b>" + q + "</b></p>")
