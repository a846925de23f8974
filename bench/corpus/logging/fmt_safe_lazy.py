# corpus: safe REL109
"""Lazy `%s` arguments: formatted only if the record is emitted."""

import logging

from django.shortcuts import get_object_or_404, render

from .models import Order

logger = logging.getLogger(__name__)


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    logger.info("order %s viewed, status=%s", order.pk, order.status)
    return render(request, "orders/detail.html", {"order": order})
