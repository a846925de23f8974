# corpus: vulnerable DB101
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Order


@login_required
def history(request):
    orders = Order.objects.filter(customer__email=request.user.email)[:25]
    return render(request, "shop/history.html", {"orders": orders})
