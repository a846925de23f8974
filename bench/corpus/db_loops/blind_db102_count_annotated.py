# corpus: safe DB102
from django.db import models
from django.db.models import Count, Q


class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=120)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    active = models.BooleanField(default=True)


class Category(models.Model):
    title = models.CharField(max_length=80)


class Listing(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="listings")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="listings")
    visible = models.BooleanField(default=True)


def category_sizes():
    categories = Category.objects.annotate(
        n=Count("listings", filter=Q(listings__visible=True))
    ).order_by("title")
    return {c.title: c.n for c in categories}
