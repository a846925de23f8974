# corpus: safe DB106
from .models import Customer


def active_customers():
    customers = Customer.objects.prefetch_related("orders")
    return [c.email for c in customers if c.orders.exists() and c.orders.count() > 2]
