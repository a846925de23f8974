from django.db import transaction
from django.shortcuts import redirect

from shop.services import create_order_model


def checkout(request):
    with transaction.atomic():
        order = create_order_model(request.user, request.session["lines"])
    return redirect("orders:detail", pk=order.pk)
