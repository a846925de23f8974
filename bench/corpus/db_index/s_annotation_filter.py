# corpus: safe DB201
from django.db import models
from django.db.models import Count


class Author(models.Model):
    name = models.CharField(max_length=100)


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    title = models.CharField(max_length=200)


def prolific_authors(minimum=10):
    return (
        Author.objects.annotate(n_books=Count("books"))
        .filter(n_books__gte=minimum)
        .order_by("-n_books")[:20]
    )
