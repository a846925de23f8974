# corpus: vulnerable DB201
from django.db import models


class AvailableManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(stock__gt=0)


class Product(models.Model):
    barcode = models.CharField(max_length=32)
    stock = models.IntegerField(default=0)

    objects = models.Manager()
    available = AvailableManager()


def scan(barcode):
    return Product.available.filter(barcode=barcode).first()
