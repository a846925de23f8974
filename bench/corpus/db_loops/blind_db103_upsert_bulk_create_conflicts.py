# corpus: safe DB103
from django.db import models


class Price(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


def sync_from_erp(feed):
    Price.objects.bulk_create(
        [Price(sku=e.sku, amount=e.amount) for e in feed],
        update_conflicts=True,
        unique_fields=["sku"],
        update_fields=["amount"],
        batch_size=1000,
    )
