# corpus: vulnerable DB101
import datetime

from django.http import JsonResponse

from .models import Invoice


def overdue(request):
    invoices = Invoice.objects.filter(due__lt=datetime.date.today())
    return JsonResponse({"overdue": [inv.label for inv in invoices]})
