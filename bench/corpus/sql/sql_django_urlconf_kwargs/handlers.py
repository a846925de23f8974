# corpus: vulnerable SEC101
from django.http import JsonResponse
from sales.models import Sale


def region_report(request, region):
    sales = Sale.objects.raw(
        f"SELECT id, amount FROM sales_sale WHERE region = '{region}' ORDER BY amount DESC"
    )
    return JsonResponse({"ids": [s.id for s in sales]})
