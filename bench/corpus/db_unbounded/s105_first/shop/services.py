# corpus: safe DB105
from .models import Order


def latest_order(customer):
    return Order.objects.filter(customer=customer).order_by("-id").first()
