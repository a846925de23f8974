# corpus: vulnerable SEC111
from django.http import HttpResponse


def tag_cloud(request):
    tags = request.GET.getlist("tag")
    items = "".join(f"<li>{tag}</li>" for tag in tags)
    return HttpResponse(f"<ul>{items}</ul>")
