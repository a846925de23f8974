# corpus: vulnerable DB105
from .models import Order


def shipped_ids(customer):
    ids = []
    for order in Order.objects.filter(customer=customer, status="shipped"):
        ids.append(order.id)
    return ids
