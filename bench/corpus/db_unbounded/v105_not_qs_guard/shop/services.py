# corpus: vulnerable DB105
from django.http import Http404

from .models import Order


def ensure_orders(customer):
    orders = Order.objects.filter(customer=customer)
    if not orders:
        raise Http404("no orders")
