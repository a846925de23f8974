# corpus: safe SEC104
import os

from django.conf import settings
from django.http import Http404, HttpResponse


def export_file(request):
    name = os.path.basename(request.GET.get("name", ""))
    if name in ("", ".", ".."):
        raise Http404
    with open(os.path.join(settings.MEDIA_ROOT, "exports", name), "rb") as fh:
        data = fh.read()
    return HttpResponse(data, content_type="application/octet-stream")
