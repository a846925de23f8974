# corpus: safe DB106
from .models import Customer


def last_order_dates():
    dates = {}
    for customer in Customer.objects.prefetch_related("orders"):
        latest = max(customer.orders.all(), key=lambda o: o.created, default=None)
        dates[customer.email] = latest.created if latest else None
    return dates
