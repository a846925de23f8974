# corpus: vulnerable DB103
from django.utils import timezone


def mark_shipped(orders):
    now = timezone.now()
    for order in orders:
        order.status = "shipped"
        order.shipped_at = now
        order.save()
