# corpus: safe SEC111
from django.http import HttpResponse, HttpResponseBadRequest


def page_indicator(request):
    page = request.GET.get("page", "1")
    if not page.isdigit():
        return HttpResponseBadRequest("bad page")
    return HttpResponse(f"<nav>Page {page}</nav>")
