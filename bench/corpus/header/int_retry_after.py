# corpus: safe SEC114
from django.http import HttpResponse


def throttled(request):
    wait = min(int(request.GET.get("wait", "30")), 3600)
    response = HttpResponse(status=429)
    response["Retry-After"] = str(wait)
    return response
