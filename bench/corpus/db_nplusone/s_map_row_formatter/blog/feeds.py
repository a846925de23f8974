# corpus: safe DB101
from .models import Comment


def as_row(comment):
    return {"post": comment.post.title, "body": comment.body[:80]}


def moderation_feed():
    return list(map(as_row, Comment.objects.filter(approved=True).select_related("post")[:200]))
