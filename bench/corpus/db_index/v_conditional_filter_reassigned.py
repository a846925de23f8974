# corpus: vulnerable DB201
from django.db import models
from django.shortcuts import render


class Shipment(models.Model):
    tracking_number = models.CharField(max_length=40)
    carrier = models.CharField(max_length=20)
    shipped_at = models.DateTimeField(db_index=True)


def shipments(request):
    qs = Shipment.objects.order_by("-shipped_at")
    tracking = request.GET.get("tracking")
    if tracking:
        qs = qs.filter(tracking_number=tracking)
    return render(request, "shipping/list.html", {"shipments": qs[:50]})
