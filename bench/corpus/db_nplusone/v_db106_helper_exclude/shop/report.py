# corpus: vulnerable DB106
from .models import Order
from .totals import units


def units_per_order():
    orders = Order.objects.filter(status="paid").prefetch_related("lines")
    return {order.pk: units(order) for order in orders}
