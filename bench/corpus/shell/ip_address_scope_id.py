# corpus: vulnerable SEC102
import ipaddress
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest


def ping(request):
    try:
        address = ipaddress.ip_address(request.GET.get("host", ""))
    except ValueError:
        return HttpResponseBadRequest("host must be an IP address")
    # IPv6 scope ids are free text: `fe80::1%$(id)` is a valid address.
    output = subprocess.check_output(f"ping -c 1 {address}", shell=True, text=True)
    return HttpResponse(output, content_type="text/plain")
