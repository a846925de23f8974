# corpus: vulnerable SEC216
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from billing.models import Invoice


@login_required
def invoice_list(request):
    invoices = Invoice.objects.filter(owner=request.user)
    return render(request, "billing/list.html", {"invoices": invoices})


@login_required
def invoice_detail(request, invoice_id):
    invoice = get_object_or_404(Invoice, id=invoice_id)
    return render(request, "billing/detail.html", {"invoice": invoice})
