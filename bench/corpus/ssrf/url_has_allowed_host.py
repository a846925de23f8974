# corpus: safe SEC105
import requests
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme

ALLOWED_ASSET_HOSTS = {"cdn.example.com", "assets.example.com"}


def asset_meta(request):
    url = request.GET.get("url", "")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts=ALLOWED_ASSET_HOSTS):
        return HttpResponseBadRequest("unknown asset host")
    response = requests.head(url, timeout=5)
    return JsonResponse({"type": response.headers.get("Content-Type")})
