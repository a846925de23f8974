# corpus: vulnerable DB102
from django.shortcuts import render

from .models import Customer


def vip_report(request):
    customers = Customer.objects.filter(vip=True)
    rows = [(c.name, c.lifetime_value()) for c in customers]
    return render(request, "bcrm1/vip.html", {"rows": rows})
