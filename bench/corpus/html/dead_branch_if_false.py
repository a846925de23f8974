# corpus: safe SEC111
from django.http import HttpResponse
from django.utils.html import escape


def preview(request):
    body = request.POST.get("body", "")
    if False:
        return HttpResponse(f"<div>{body}</div>")
    return HttpResponse(f"<div>{escape(body)}</div>")
