# corpus: vulnerable SEC102
import subprocess

from django.http import HttpResponse


def whois(request, domain):
    return HttpResponse(subprocess.getoutput(f"whois {domain}"), content_type="text/plain")
