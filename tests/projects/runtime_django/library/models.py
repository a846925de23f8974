from django.conf import settings
from django.db import models


class Publisher(models.Model):
    name = models.CharField(max_length=100, unique=True)


class Author(models.Model):
    name = models.CharField(max_length=100)
    country = models.CharField(max_length=2, blank=True)


class Tag(models.Model):
    name = models.SlugField(unique=True)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="books")
    publisher = models.ForeignKey(Publisher, on_delete=models.PROTECT, related_name="books")
    tags = models.ManyToManyField(Tag, related_name="books", blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    # The code a supplier's feed uses for the book; looked up on every stock update.
    # The fixed variant indexes it (the planted one forgot).
    supplier_code = models.CharField(max_length=32, db_index=settings.LIBRARY_VARIANT == "fixed")


class Setting(models.Model):
    name = models.CharField(max_length=50, unique=True)
    value = models.CharField(max_length=200)


class Sale(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="sales")
    quantity = models.PositiveIntegerField()
    sold_at = models.DateTimeField(auto_now_add=True)
