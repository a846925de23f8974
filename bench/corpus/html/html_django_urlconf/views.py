# corpus: vulnerable SEC111
from django.http import HttpResponseNotFound


def wiki_page(request, slug):
    return HttpResponseNotFound(f"<h1>No page named {slug}</h1>")
