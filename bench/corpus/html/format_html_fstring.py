# corpus: vulnerable SEC111
from django.http import HttpResponse
from django.utils.html import format_html


def welcome(request):
    name = request.GET.get("name", "")
    # The f-string formats before format_html can escape anything.
    return HttpResponse(format_html(f"<p>Welcome, <b>{name}</b></p>"))
