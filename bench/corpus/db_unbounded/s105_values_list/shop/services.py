# corpus: safe DB105
from .models import Order


def shipped_ids(customer):
    return list(
        Order.objects.filter(customer=customer, status="shipped").values_list("id", flat=True)
    )
