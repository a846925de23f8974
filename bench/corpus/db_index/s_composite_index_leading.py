# corpus: safe DB201
from django.db import models


class AuditLog(models.Model):
    tenant = models.CharField(max_length=40)
    created = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["tenant", "-created"])]


def tenant_history(tenant, since):
    return AuditLog.objects.filter(tenant=tenant, created__gte=since).order_by("-created")[:200]


def tenant_actions(tenant, action):
    return AuditLog.objects.filter(tenant=tenant).filter(action=action)
