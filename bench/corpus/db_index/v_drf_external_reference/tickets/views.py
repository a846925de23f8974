# corpus: vulnerable DB201
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Ticket
from .serializers import TicketSerializer


class TicketViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TicketSerializer
    queryset = Ticket.objects.all()

    @action(detail=False, url_path="by-ref/(?P<ref>[^/.]+)")
    def by_ref(self, request, ref=None):
        ticket = Ticket.objects.filter(external_ref=ref).first()
        return Response(TicketSerializer(ticket).data)
