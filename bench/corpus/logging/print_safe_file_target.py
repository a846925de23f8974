# corpus: safe REL110
"""print() into an open file writes a CSV export, not a log line."""

from django.http import HttpResponse

from .models import Invoice


def export_csv(request):
    response = HttpResponse(content_type="text/csv")
    print("number,total", file=response)
    for invoice in Invoice.objects.filter(owner=request.user):
        print(invoice.number, invoice.total, sep=",", file=response)
    return response
