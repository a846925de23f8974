# corpus: safe DB105
from .models import Order


def pending_lines(customer):
    pending = Order.objects.filter(customer=customer, status="pending")
    if pending:
        return [f"{o.reference} {o.total} {o.status}" for o in pending]
    return ["nothing pending"]
