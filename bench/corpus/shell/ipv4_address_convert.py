# corpus: safe SEC102
import ipaddress
import subprocess

from django.http import HttpResponse, HttpResponseBadRequest


def ping(request):
    try:
        address = ipaddress.IPv4Address(request.GET.get("host", ""))
    except ValueError:
        return HttpResponseBadRequest("host must be an IPv4 address")
    output = subprocess.check_output(f"ping -c 1 {address}", shell=True, text=True)
    return HttpResponse(output, content_type="text/plain")
