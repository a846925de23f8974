# corpus: vulnerable SEC105
import requests
from django.http import JsonResponse


def profile(request):
    api_base = request.COOKIES.get("api_base", "https://api.example.com")
    data = requests.get(api_base + "/me", timeout=5).json()
    return JsonResponse(data)
