# corpus: safe REL116
import requests
from django.db import transaction

WEBHOOK = "https://hooks.example.com/orders"


def ship(order):
    with transaction.atomic():
        order.shipped = True
        order.save()
    requests.post(WEBHOOK, json={"order": order.pk}, timeout=5)
