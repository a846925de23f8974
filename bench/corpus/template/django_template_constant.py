# corpus: safe SEC112
from django.http import HttpResponse
from django.template import Context, Template

INVOICE = Template("<p>Invoice for {{ customer }}: {{ total }}</p>")


def invoice_preview(request):
    context = Context({"customer": request.POST.get("customer", ""), "total": "42.00"})
    return HttpResponse(INVOICE.render(context))
