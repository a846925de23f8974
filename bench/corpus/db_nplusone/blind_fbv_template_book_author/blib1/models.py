from django.db import models


class Author(models.Model):
    full_name = models.CharField(max_length=120)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    in_print = models.BooleanField(default=True)
