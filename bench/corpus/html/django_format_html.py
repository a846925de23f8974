# corpus: safe SEC111
from django.http import HttpResponse
from django.utils.html import format_html


def welcome(request):
    name = request.GET.get("name", "")
    return HttpResponse(format_html("<p>Welcome, <b>{}</b></p>", name))
