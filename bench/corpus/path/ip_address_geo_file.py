# corpus: safe SEC104
import ipaddress
import json

from django.http import JsonResponse


def geo(request):
    address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", "127.0.0.1"))
    client = ipaddress.ip_address(request.GET.get("ip", str(address)))
    with open(f"/var/lib/geo/{client.version}/{client}.json", encoding="utf-8") as fh:
        return JsonResponse(json.load(fh))
