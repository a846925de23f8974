# corpus: safe DB105
from .models import Order


def summary(customer):
    orders = Order.objects.filter(customer=customer)
    lines = [f"{o.reference}: {o.total} ({o.status})" for o in orders]
    return f"{len(orders)} orders", lines
