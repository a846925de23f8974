# corpus: vulnerable SEC102
import subprocess

from django.http import HttpResponse


def traceroute(request):
    target = request.GET["target"]
    output = subprocess.check_output(f"traceroute -m 10 {target}", shell=True, text=True)
    return HttpResponse(output, content_type="text/plain")
