# corpus: safe DB105
from .models import Order


def open_order_count(customer):
    return Order.objects.filter(customer=customer, status="open").count()
