# corpus: vulnerable DB105
from .models import Order


def oldest_open(customer):
    return list(Order.objects.filter(customer=customer, status="open").order_by("-id"))[-1]
