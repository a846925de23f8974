# corpus: vulnerable DB106
from .models import Post


def digest():
    result = {}
    for post in Post.objects.prefetch_related("comments"):
        open_items = [c.body for c in post.comments.filter(approved=True)]
        result[post.pk] = open_items
    return result
