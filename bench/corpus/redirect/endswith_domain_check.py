# corpus: vulnerable SEC106
from urllib.parse import urlsplit

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect


def partner_redirect(request):
    url = request.GET["url"]
    if not (urlsplit(url).hostname or "").endswith("example.com"):
        return HttpResponseBadRequest("unknown partner")
    return redirect(url)
