from django.db import models


class Shelf(models.Model):
    name = models.CharField(max_length=60)


class Author(models.Model):
    name = models.CharField(max_length=120)


class Book(models.Model):
    title = models.CharField(max_length=200)
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE, related_name="books")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    stock = models.IntegerField(default=0)
