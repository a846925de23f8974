# corpus: safe DB201
from django.db import models
from django.db.models import Q


class Outbox(models.Model):
    status = models.CharField(max_length=10, default="pending")
    payload = models.JSONField()

    class Meta:
        indexes = [
            models.Index(fields=["status"], name="outbox_pending", condition=Q(status="pending"))
        ]


def next_batch():
    return list(Outbox.objects.filter(status="pending")[:100])
