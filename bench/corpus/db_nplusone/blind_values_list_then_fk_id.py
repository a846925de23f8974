# corpus: safe DB101
from django.db import models


class Warehouse(models.Model):
    code = models.CharField(max_length=10, unique=True)


class StockItem(models.Model):
    sku = models.CharField(max_length=30)
    warehouse = models.ForeignKey(Warehouse, on_delete=models.CASCADE)
    quantity = models.IntegerField(default=0)


def stock_by_warehouse():
    """Group stock by warehouse id; only the FK column is read, no join needed."""
    totals = {}
    for item in StockItem.objects.filter(quantity__gt=0):
        totals[item.warehouse_id] = totals.get(item.warehouse_id, 0) + item.quantity
    codes = dict(Warehouse.objects.filter(pk__in=totals).values_list("id", "code"))
    return {codes[wid]: qty for wid, qty in totals.items()}
