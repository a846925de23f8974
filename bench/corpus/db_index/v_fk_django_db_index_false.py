# corpus: vulnerable DB202
from django.db import models


class Warehouse(models.Model):
    name = models.CharField(max_length=100)


class StockMove(models.Model):
    warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT, db_index=False)
    quantity = models.IntegerField()
    moved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["moved_at", "warehouse"])]
