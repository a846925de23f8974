# corpus: safe DB101
from .models import Order


def shipped_addresses():
    return [order.customer.email for order in Order.shipped.with_customer()]
