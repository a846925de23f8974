# corpus: safe REL115
from django.shortcuts import get_object_or_404, redirect
from shop.models import Order


def rename(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    order.name = request.POST["name"]
    order.save(update_fields=["name"])
    data = {"name": order.name}
    data.update(status="ok")
    return redirect("orders:detail", pk=order.pk)
