# corpus: vulnerable SEC111
from django.http import HttpResponse

from .widgets import card


def preview(request):
    return HttpResponse(card(request.GET["title"], "Preview of your post"))
