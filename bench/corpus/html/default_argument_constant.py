# corpus: safe SEC111
from django.http import HttpResponse
from django.utils.html import escape


def page(title: str, body: str = "<p>Nothing here yet.</p>") -> HttpResponse:
    return HttpResponse(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def draft_preview(request):
    draft = request.POST.get("draft", "")
    if draft:
        return page("Draft preview", body=f"<pre>{escape(draft)}</pre>")
    return page("Draft preview")
