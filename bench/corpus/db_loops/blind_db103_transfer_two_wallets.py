# corpus: safe DB103
from decimal import Decimal

from django.db import models, transaction


class Wallet(models.Model):
    owner = models.CharField(max_length=40, unique=True)
    balance = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))


def transfer(source_id, target_id, amount):
    with transaction.atomic():
        source = Wallet.objects.select_for_update().get(pk=source_id)
        target = Wallet.objects.select_for_update().get(pk=target_id)
        source.balance -= amount
        target.balance += amount
        # Exactly two rows, each with its own save(): not a per-row loop over data.
        for wallet in (source, target):
            wallet.save(update_fields=["balance"])
