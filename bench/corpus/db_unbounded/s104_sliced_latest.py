# corpus: safe DB104
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Event
from .serializers import EventSerializer


@api_view(["GET"])
def next_events(request):
    events = Event.objects.filter(cancelled=False).order_by("starts_at")[:10]
    return Response(EventSerializer(events, many=True).data)
