# corpus: vulnerable REL109
"""A Django view logs with an f-string."""

import logging

from django.shortcuts import get_object_or_404, render

from .models import Order

logger = logging.getLogger(__name__)


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    logger.info(f"order {order.pk} viewed, status={order.status}")
    return render(request, "orders/detail.html", {"order": order})
