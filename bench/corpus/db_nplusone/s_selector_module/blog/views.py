# corpus: safe DB101
from django.http import JsonResponse

from .selectors import posts_for


def my_posts(request):
    data = [
        {"title": p.title, "comments": [c.body for c in p.comments.all()]}
        for p in posts_for(request.user)
    ]
    return JsonResponse({"posts": data})
