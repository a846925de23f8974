# corpus: vulnerable DB104
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Invoice


@login_required
def invoice_archive(request):
    invoices = Invoice.objects.select_related("customer").order_by("-issued")
    return render(request, "billing/archive.html", {"invoices": invoices})
