# corpus: safe ASY102
from django.http import JsonResponse
from events.models import Event


def upcoming(city):
    return Event.objects.filter(city=city, cancelled=False).select_related("venue")


async def city_events(request, city):
    events = upcoming(city)
    names = [event.name async for event in events]
    return JsonResponse({"events": names})
