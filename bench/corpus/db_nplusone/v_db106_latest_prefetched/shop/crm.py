# corpus: vulnerable DB106
from .models import Customer


def last_order_dates():
    dates = {}
    for customer in Customer.objects.prefetch_related("orders"):
        latest = customer.orders.latest("created")
        dates[customer.email] = latest.created if latest else None
    return dates
