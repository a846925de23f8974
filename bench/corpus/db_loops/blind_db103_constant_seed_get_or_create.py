# corpus: safe DB103
from django.db import models


class Currency(models.Model):
    code = models.CharField(max_length=3, unique=True)
    symbol = models.CharField(max_length=4)


def seed_currencies():
    # Data migration helper: three fixed rows, idempotent.
    for code, symbol in (("EUR", "€"), ("USD", "$"), ("GBP", "£")):
        Currency.objects.get_or_create(code=code, defaults={"symbol": symbol})
