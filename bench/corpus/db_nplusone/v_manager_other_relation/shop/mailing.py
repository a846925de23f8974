# corpus: vulnerable DB101
from .models import Order


def line_counts():
    return {order.pk: order.lines.count() for order in Order.objects.filter(status="open")}
