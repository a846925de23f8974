# corpus: safe DB102
from orders.models import Order


def order_totals():
    orders = Order.objects.prefetch_related("items")
    return {order.pk: sum(item.amount for item in order.items.all()) for order in orders}
