# corpus: safe DB201
from django.db import models


class Comment(models.Model):
    post = models.ForeignKey("blog.Post", on_delete=models.CASCADE)
    status = models.CharField(max_length=12)
    body = models.TextField()


def visible_comments(post):
    # The FK index narrows to one post's comments; status is checked on those few rows.
    return Comment.objects.filter(post=post, status="visible")
