# corpus: safe DB201
from django.db import models
from django.shortcuts import get_object_or_404, render


class Article(models.Model):
    slug = models.SlugField(max_length=120)
    title = models.CharField(max_length=200)
    body = models.TextField()


def article_detail(request, slug):
    article = get_object_or_404(Article, slug=slug)
    return render(request, "blog/article.html", {"article": article})
