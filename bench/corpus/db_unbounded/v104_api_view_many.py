# corpus: vulnerable DB104
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Event
from .serializers import EventSerializer


@api_view(["GET"])
def upcoming_events(request):
    events = Event.objects.filter(cancelled=False).order_by("starts_at")
    return Response(EventSerializer(events, many=True).data)
