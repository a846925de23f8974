# corpus: vulnerable REL115
from django.shortcuts import redirect
from shop.models import Order, OrderLine


def place_order(request):
    order = Order.objects.create(customer=request.user)
    for sku in request.POST.getlist("sku"):
        OrderLine.objects.create(order=order, sku=sku)
    return redirect("orders:detail", pk=order.pk)
