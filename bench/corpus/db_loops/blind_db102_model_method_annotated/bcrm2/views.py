# corpus: safe DB102
from django.db.models import Sum
from django.shortcuts import render

from .models import Customer


def vip_report(request):
    customers = Customer.objects.filter(vip=True).annotate(ltv=Sum("payments__amount"))
    rows = [(c.name, c.lifetime_value()) for c in customers]
    return render(request, "bcrm2/vip.html", {"rows": rows})
