# corpus: safe REL115
from django.shortcuts import redirect

from shop.models import Order, OrderLine


def place_order(request):
    order = Order.objects.create(customer=request.user)
    OrderLine.objects.create(order=order, sku=request.POST["sku"])
    return redirect("orders:detail", pk=order.pk)
