# corpus: safe DB105
from .models import Order


def customer_names(status):
    return [o.customer.name for o in Order.objects.filter(status=status).select_related("customer")]
