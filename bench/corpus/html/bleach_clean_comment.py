# corpus: safe SEC111
import bleach
from django.http import HttpResponse

ALLOWED_TAGS = {"b", "i", "em", "strong", "a", "p"}


def comment_preview(request):
    cleaned = bleach.clean(request.POST.get("comment", ""), tags=ALLOWED_TAGS, strip=True)
    return HttpResponse(f"<div class='comment'>{cleaned}</div>")
