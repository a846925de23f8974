# corpus: vulnerable DB101
from .models import Order


def open_addresses():
    return [order.customer.email for order in Order.shipped.open()]
