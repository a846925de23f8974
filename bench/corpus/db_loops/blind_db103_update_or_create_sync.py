# corpus: vulnerable DB103
from django.db import models


class Price(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


def sync_from_erp(feed):
    for entry in feed:
        Price.objects.update_or_create(sku=entry.sku, defaults={"amount": entry.amount})
