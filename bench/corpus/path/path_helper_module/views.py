# corpus: vulnerable SEC104
from django.http import HttpResponse

from .storage import read_document


def document(request):
    return HttpResponse(read_document(request.GET["doc"]), content_type="application/pdf")
