# corpus: safe DB104
from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Invoice


def invoice_archive(request):
    invoices = Invoice.objects.select_related("customer").order_by("-issued")
    page = Paginator(invoices, 50).get_page(request.GET.get("page"))
    return render(request, "billing/archive.html", {"page": page})
