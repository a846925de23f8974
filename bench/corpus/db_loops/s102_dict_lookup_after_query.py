# corpus: safe DB102
from inventory.models import Stock


def stock_levels(skus):
    levels = dict(Stock.objects.filter(sku__in=skus).values_list("sku", "quantity"))
    return [levels.get(sku, 0) for sku in skus]
