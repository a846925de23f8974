# corpus: vulnerable SEC105
import requests
from django.http import JsonResponse


def uptime(request):
    urls = request.GET.getlist("url")
    statuses = [requests.head(u, timeout=3).status_code for u in urls]
    return JsonResponse({"statuses": statuses})
