# corpus: vulnerable SEC105
import httpx
from django.http import JsonResponse

client = httpx.Client(timeout=5)


def notify(request):
    endpoint = request.POST["endpoint"]
    response = client.post(endpoint, json={"message": "hello"})
    return JsonResponse({"status": response.status_code})
