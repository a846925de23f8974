# corpus: vulnerable DB102
from django.db import models


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
    categories = Category.objects.order_by("title")
    return {c.title: Listing.objects.filter(category=c, visible=True).count() for c in categories}
