# corpus: safe DB202
from django.db import models


class Warehouse(models.Model):
    name = models.CharField(max_length=100)


class StockMove(models.Model):
    warehouse = models.ForeignKey(Warehouse, on_delete=models.PROTECT)
    source = models.ForeignKey(
        Warehouse, on_delete=models.PROTECT, db_index=False, related_name="+"
    )
    quantity = models.IntegerField()
    moved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["source", "-moved_at"])]
