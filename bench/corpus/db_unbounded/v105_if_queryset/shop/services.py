# corpus: vulnerable DB105
from .models import Order


def can_delete_customer(customer):
    pending = Order.objects.filter(customer=customer, status="pending")
    if pending:  # noqa: SIM103
        return False
    return True
