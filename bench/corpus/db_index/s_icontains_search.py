# corpus: safe DB201
from django.db import models
from django.db.models import Q


class Product(models.Model):
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    sku = models.CharField(max_length=32, unique=True)


def search(term):
    return Product.objects.filter(Q(name__icontains=term) | Q(description__icontains=term))[:25]


def by_sku(sku):
    return Product.objects.filter(sku=sku).first()
