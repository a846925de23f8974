# corpus: vulnerable DB101
from .models import Order


def numbered_rows():
    rows = []
    for number, order in enumerate(Order.objects.filter(status="shipped"), start=1):
        rows.append(f"{number}. {order.customer.name} <{order.customer.email}>")
    return rows
