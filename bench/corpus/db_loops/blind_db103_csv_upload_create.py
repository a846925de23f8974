# corpus: vulnerable DB103
import csv
import io

from django.db import models
from django.http import JsonResponse


class Price(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="EUR")


def upload_prices(request):
    reader = csv.DictReader(io.TextIOWrapper(request.FILES["file"], encoding="utf-8"))
    created = 0
    for row in reader:
        Price.objects.create(
            sku=row["sku"], amount=row["amount"], currency=row.get("currency", "EUR")
        )
        created += 1
    return JsonResponse({"created": created})
