# corpus: safe DB104
from rest_framework import generics

from .models import Ticket
from .serializers import TicketSerializer


class TicketList(generics.ListAPIView):
    queryset = Ticket.objects.select_related("assignee").order_by("-created")
    serializer_class = TicketSerializer
