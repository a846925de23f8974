# corpus: vulnerable SEC307
import requests
from django.http import JsonResponse


def weather(request):
    city = request.GET.get("city", "Paris")
    data = requests.get(
        "https://weather.internal/api", params={"city": city}, verify=False, timeout=5
    )
    return JsonResponse(data.json())
