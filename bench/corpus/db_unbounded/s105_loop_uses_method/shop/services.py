# corpus: safe DB105
from .models import Order


def order_links(customer):
    return [o.get_absolute_url() for o in Order.objects.filter(customer=customer)]
