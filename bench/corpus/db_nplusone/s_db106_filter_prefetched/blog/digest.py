# corpus: safe DB106
from .models import Post


def digest():
    result = {}
    for post in Post.objects.prefetch_related("comments"):
        open_items = [c.body for c in post.comments.all() if c.approved]
        result[post.pk] = open_items
    return result
