# corpus: safe DB104
from django.db import models
from rest_framework import serializers, viewsets
from rest_framework.pagination import CursorPagination


class AuditEvent(models.Model):
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=50)
    at = models.DateTimeField(auto_now_add=True)


class AuditEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = ["id", "actor", "action", "at"]


class AuditCursor(CursorPagination):
    page_size = 100
    ordering = "-at"


class AuditEventViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = AuditEvent.objects.all()
    serializer_class = AuditEventSerializer
    pagination_class = AuditCursor
