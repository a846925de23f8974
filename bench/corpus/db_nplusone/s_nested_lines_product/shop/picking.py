# corpus: safe DB101
from django.db.models import Prefetch

from .models import Order, OrderLine


def picking_list():
    picks = []
    for order in Order.objects.prefetch_related(
        Prefetch("lines", queryset=OrderLine.objects.select_related("product"))
    ).filter(status="paid"):
        for line in order.lines.all():
            picks.append((order.pk, line.product.sku, line.quantity))
    return picks
