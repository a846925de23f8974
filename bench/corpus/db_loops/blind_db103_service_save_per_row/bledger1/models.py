from django.db import models


class LedgerEntry(models.Model):
    period = models.CharField(max_length=7, db_index=True)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    closed_at = models.DateTimeField(null=True)
