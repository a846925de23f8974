# corpus: safe DB106
from .models import Order


def sku_lists():
    result = []
    for order in Order.objects.prefetch_related("lines__product"):
        skus = [line.product.sku for line in order.lines.all()]
        result.append((order.pk, skus))
    return result
