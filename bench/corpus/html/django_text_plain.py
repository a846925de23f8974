# corpus: safe SEC111
from django.http import HttpResponse


def robots_echo(request):
    agent = request.GET.get("agent", "*")
    return HttpResponse(f"User-agent: {agent}\nDisallow: /admin/\n", content_type="text/plain")
