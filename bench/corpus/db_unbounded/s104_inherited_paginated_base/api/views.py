# corpus: safe DB104
from .base import BaseListView
from .models import Ticket
from .serializers import TicketSerializer


class TicketList(BaseListView):
    queryset = Ticket.objects.order_by("-created")
    serializer_class = TicketSerializer
