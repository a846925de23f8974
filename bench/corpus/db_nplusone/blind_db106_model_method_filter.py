# corpus: vulnerable DB106
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=120)


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    title = models.CharField(max_length=200)
    year = models.IntegerField()


def recent_books(author):
    return author.books.filter(year__gte=2020)


def author_index():
    authors = Author.objects.prefetch_related("books").order_by("name")
    return [(a.name, [b.title for b in recent_books(a)]) for a in authors]
