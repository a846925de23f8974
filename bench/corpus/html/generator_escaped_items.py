# corpus: safe SEC111
from django.http import HttpResponse
from django.utils.html import escape


def tag_cloud(request):
    tags = request.GET.getlist("tag")
    items = "".join(f"<li>{escape(tag)}</li>" for tag in tags)
    return HttpResponse(f"<ul>{items}</ul>")
