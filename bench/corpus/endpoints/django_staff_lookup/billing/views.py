# corpus: safe SEC216
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from billing.models import Invoice


@login_required
def invoice_list(request):
    invoices = Invoice.objects.filter(owner=request.user)
    return render(request, "billing/list.html", {"invoices": invoices})


@staff_member_required
def invoice_audit(request, invoice_id):
    invoice = get_object_or_404(Invoice, id=invoice_id)
    return render(request, "billing/audit.html", {"invoice": invoice})
