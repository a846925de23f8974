# corpus: safe DB101
from django.http import JsonResponse

from .models import Post


def feed(request):
    posts = Post.objects.filter(published=True).select_related("author")[:20]
    items = []
    for post in posts:
        items.append({"title": post.title, "author": post.author.display_name})
    return JsonResponse({"items": items})
