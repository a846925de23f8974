# corpus: safe DB101
from .models import Post


def comment_summary():
    summary = {}
    for post in Post.objects.filter(published=True).prefetch_related("comments"):
        approved = [c for c in post.comments.all() if c.approved]
        summary[post.pk] = len(approved)
    return summary
