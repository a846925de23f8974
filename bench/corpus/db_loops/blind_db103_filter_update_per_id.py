# corpus: vulnerable DB103
from django.db import models


class Price(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


def retag_currency(skus, currency):
    for sku in skus:
        Price.objects.filter(sku=sku).update(currency=currency)
