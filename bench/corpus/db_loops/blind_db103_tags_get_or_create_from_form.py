# corpus: vulnerable DB103
from django.db import models
from django.shortcuts import redirect


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)


class Article(models.Model):
    title = models.CharField(max_length=200)
    tags = models.ManyToManyField(Tag)


def set_tags(request, pk):
    article = Article.objects.get(pk=pk)
    names = [n.strip().lower() for n in request.POST["tags"].split(",") if n.strip()]
    tags = []
    for name in names:
        tag, _ = Tag.objects.get_or_create(name=name)
        tags.append(tag)
    article.tags.set(tags)
    return redirect("article", pk=pk)
