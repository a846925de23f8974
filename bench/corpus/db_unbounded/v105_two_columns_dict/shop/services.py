# corpus: vulnerable DB105
from .models import Order


def totals_by_reference(customer):
    return {o.reference: o.total for o in Order.objects.filter(customer=customer)}
