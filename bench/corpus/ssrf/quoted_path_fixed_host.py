# corpus: safe SEC105
from urllib.parse import quote

import requests
from django.http import JsonResponse

WEATHER_API = "https://api.weather.example/v1/current/"


def weather(request):
    city = request.GET.get("city", "Paris")
    response = requests.get(WEATHER_API + quote(city, safe=""), timeout=5)
    return JsonResponse(response.json())
