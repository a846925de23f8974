# corpus: vulnerable SEC101
from django.http import JsonResponse

from .services import InvoiceService


def invoices(request):
    customer = request.GET.get("customer", "")
    service = InvoiceService()
    return JsonResponse({"invoices": service.for_customer(customer)})
