# corpus: vulnerable DB103
from decimal import Decimal

from django.db import models


class Price(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


def apply_discount(percent):
    factor = Decimal(100 - percent) / 100
    for price in Price.objects.filter(currency="EUR"):
        price.amount = (price.amount * factor).quantize(Decimal("0.01"))
        price.save(update_fields=["amount"])
