# corpus: safe DB101
from django.db.models import prefetch_related_objects

from .models import Post


def most_discussed():
    posts = list(Post.objects.filter(published=True)[:100])
    prefetch_related_objects(posts, "comments")
    ranked = sorted(posts, key=lambda p: len(p.comments.all()), reverse=True)
    return [p.title for p in ranked[:10]]
