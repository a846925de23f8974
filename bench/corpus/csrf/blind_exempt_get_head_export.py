# corpus: safe SEC212
"""Exempt view limited to GET/HEAD: CSRF never applies to safe methods."""

import csv

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import Product


@csrf_exempt
@require_http_methods(["GET", "HEAD"])
def export_catalog(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for product in Product.objects.filter(published=True):
        writer.writerow([product.sku, product.name, product.price])
    return response
