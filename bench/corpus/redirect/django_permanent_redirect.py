# corpus: vulnerable SEC106
from django.http import HttpResponsePermanentRedirect


def moved(request):
    return HttpResponsePermanentRedirect(request.GET["new_location"])
