# corpus: vulnerable DB101
from rest_framework import serializers, viewsets

from .models import Event


class EventSerializer(serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = ["id", "title", "starts_at", "speakers"]  # speakers: a list of pks per event


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Event.objects.order_by("starts_at")
    serializer_class = EventSerializer
