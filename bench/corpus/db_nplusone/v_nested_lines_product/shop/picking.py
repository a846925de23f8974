# corpus: vulnerable DB101

from .models import Order


def picking_list():
    picks = []
    for order in Order.objects.prefetch_related("lines").filter(status="paid"):
        for line in order.lines.all():
            picks.append((order.pk, line.product.sku, line.quantity))
    return picks
