# corpus: vulnerable DB105
from .models import Order


def notify_if_pending(customer, notify):
    if len(Order.objects.filter(customer=customer, status="pending")) > 0:
        notify(customer)
