# corpus: vulnerable SEC104
from django.http import HttpResponse


def serve_doc(request, doc):
    with open(f"/srv/docs/{doc}", encoding="utf-8") as fh:
        return HttpResponse(fh.read(), content_type="text/markdown")
