# corpus: vulnerable DB101
from .models import Order


def search(status=None):
    qs = Order.objects.all()
    if status:
        qs = qs.filter(status=status).select_related("customer")
    return [(o.pk, o.customer.name) for o in qs]
