# corpus: safe DB101
from .models import Order


def search(status=None):
    qs = Order.objects.select_related("customer")
    if status:
        qs = qs.filter(status=status)
    return [(o.pk, o.customer.name) for o in qs]
