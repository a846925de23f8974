# corpus: safe DB105
from .models import Order


def has_many_recent(customer):
    recent = Order.objects.filter(customer=customer).order_by("-id")[:20]
    return len(recent) == 20
