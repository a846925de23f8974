# corpus: safe DB101
from django.db.models import Count

from .models import Post


def comment_counts():
    posts = Post.objects.annotate(n_comments=Count("comments"))
    return {post.title: post.n_comments for post in posts}
