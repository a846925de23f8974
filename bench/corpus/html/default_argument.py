# corpus: vulnerable SEC111
from django.http import HttpResponse


def page(title: str, body: str = "<p>Nothing here yet.</p>") -> HttpResponse:
    return HttpResponse(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def draft_preview(request):
    return page("Draft preview", body=request.GET.get("draft", ""))
