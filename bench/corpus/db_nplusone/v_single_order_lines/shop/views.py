# corpus: vulnerable DB101
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Order


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    lines = [{"sku": line.product.sku, "qty": line.quantity} for line in order.lines.all()]
    return JsonResponse({"id": order.pk, "lines": lines})
