# corpus: safe SEC102
import subprocess

from django.http import HttpResponse


def traceroute(request):
    target = request.GET["target"]
    result = subprocess.run(
        ["traceroute", "-m", "10", "--", target], capture_output=True, text=True, check=False
    )
    return HttpResponse(result.stdout, content_type="text/plain")
