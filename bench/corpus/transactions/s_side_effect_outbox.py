# corpus: safe REL116
import json

from django.db import transaction
from outbox.models import OutboxMessage


def create(order):
    with transaction.atomic():
        order.save()
        OutboxMessage.objects.create(topic="orders", body=json.dumps({"id": order.pk}))
