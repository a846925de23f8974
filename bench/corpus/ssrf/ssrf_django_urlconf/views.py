# corpus: vulnerable SEC105
import requests
from django.http import HttpResponse


def upstream(request, target):
    response = requests.get(f"http://{target}", timeout=5)
    return HttpResponse(response.content, status=response.status_code)
