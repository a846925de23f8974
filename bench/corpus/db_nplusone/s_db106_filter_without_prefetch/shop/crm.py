# corpus: safe DB106
from .models import Customer


def open_orders_by_customer(customer_ids):
    customers = Customer.objects.filter(pk__in=customer_ids)
    return {c.pk: list(c.orders.filter(status="open")) for c in customers}
