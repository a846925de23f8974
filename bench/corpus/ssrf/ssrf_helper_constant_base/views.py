# corpus: safe SEC105
from django.http import JsonResponse

from .client import geocode


def locate(request):
    return JsonResponse(geocode(request.GET.get("address", "")))
