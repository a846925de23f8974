# corpus: vulnerable DB101
from django.db import models
from django.http import JsonResponse


class Tag(models.Model):
    name = models.CharField(max_length=40, unique=True)


class Post(models.Model):
    title = models.CharField(max_length=200)
    published = models.BooleanField(default=False)
    tags = models.ManyToManyField(Tag, related_name="posts")


def feed(request):
    posts = Post.objects.filter(published=True).order_by("-id")[:30]
    items = [{"title": p.title, "tags": ", ".join(t.name for t in p.tags.all())} for p in posts]
    return JsonResponse({"items": items})
