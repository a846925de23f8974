# corpus: vulnerable DB201
from datetime import timedelta

from django.db import models
from django.utils import timezone


class AuditLog(models.Model):
    tenant = models.CharField(max_length=40)
    created = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["tenant", "created"])]


def purge_old_entries():
    """Nightly job: drop entries older than 90 days, whatever the tenant."""
    cutoff = timezone.now() - timedelta(days=90)
    AuditLog.objects.filter(created__lt=cutoff).delete()
