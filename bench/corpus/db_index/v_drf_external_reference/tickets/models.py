from django.conf import settings
from django.db import models


class Ticket(models.Model):
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    external_ref = models.CharField(max_length=64, blank=True)
    subject = models.CharField(max_length=255)
    opened_at = models.DateTimeField(auto_now_add=True)
