# corpus: safe REL115
from django.db import transaction
from django.shortcuts import redirect
from shop.models import Order, OrderLine


def place_order(request):
    with transaction.atomic():
        order = Order.objects.create(customer=request.user)
        for sku in request.POST.getlist("sku"):
            OrderLine.objects.create(order=order, sku=sku)
    return redirect("orders:detail", pk=order.pk)
