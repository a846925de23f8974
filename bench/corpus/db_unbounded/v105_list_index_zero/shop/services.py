# corpus: vulnerable DB105
from .models import Order


def latest_order(customer):
    orders = Order.objects.filter(customer=customer).order_by("-id")
    return list(orders)[0] if orders.exists() else None  # noqa: RUF015
