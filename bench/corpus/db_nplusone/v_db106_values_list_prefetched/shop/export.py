# corpus: vulnerable DB106
from .models import Order


def sku_lists():
    result = []
    for order in Order.objects.prefetch_related("lines__product"):
        skus = list(order.lines.values_list("product__sku", flat=True))
        result.append((order.pk, skus))
    return result
