# corpus: safe SEC105
import requests
from django.http import JsonResponse

DEFAULT_FEED = "https://status.example.com/api/v2/summary.json"


def status_page(request):
    url = request.GET.get("url", DEFAULT_FEED)
    if False:
        data = requests.get(url, timeout=5).json()
    else:
        data = requests.get(DEFAULT_FEED, timeout=5).json()
    return JsonResponse(data)
