# corpus: vulnerable SEC111
from django.shortcuts import render

from .models import Photo


def gallery(request):
    tags = [tag.strip() for tag in request.GET.get("tags", "").split(",") if tag.strip()]
    photos = Photo.objects.all()
    for tag in tags:
        photos = photos.filter(tags__name=tag)
    return render(request, "gallery/index.html", {"tags": tags, "photos": photos[:60]})
