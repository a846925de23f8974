# corpus: vulnerable DB105
from django.shortcuts import render

from .models import Order


def dashboard(request):
    context = {"open_orders": len(Order.objects.filter(owner=request.user, status="open"))}
    return render(request, "shop/dashboard.html", context)
