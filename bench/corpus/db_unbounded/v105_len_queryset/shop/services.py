# corpus: vulnerable DB105
from .models import Order


def open_order_count(customer):
    return len(Order.objects.filter(customer=customer, status="open"))
