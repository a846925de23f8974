# corpus: vulnerable DB106
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=120)


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    title = models.CharField(max_length=200)
    year = models.IntegerField()


def export_rows():
    rows = []
    for author in Author.objects.prefetch_related("books"):
        for title, year in author.books.values_list("title", "year"):
            rows.append((author.name, title, year))
    return rows
