# corpus: safe DB101
from collections import Counter

from .models import Order


def orders_per_customer():
    return Counter(order.customer_id for order in Order.objects.filter(status="paid"))
