# corpus: vulnerable SEC104
import os

from django.conf import settings
from django.http import HttpResponse


def export_file(request):
    name = request.GET.get("name", "")
    with open(os.path.join(settings.MEDIA_ROOT, "exports", name), "rb") as fh:
        data = fh.read()
    return HttpResponse(data, content_type="application/octet-stream")
