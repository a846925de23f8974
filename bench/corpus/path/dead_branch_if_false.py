# corpus: safe SEC104
import os

from django.http import HttpResponse


def attachment(request):
    name = request.GET["name"]
    if False:
        with open(os.path.join("/srv/attachments", name), "rb") as fh:
            return HttpResponse(fh.read())
    with open(os.path.join("/srv/attachments", os.path.basename(name)), "rb") as fh:
        return HttpResponse(fh.read())
