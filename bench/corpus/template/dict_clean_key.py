# corpus: safe SEC112
from django.http import HttpResponse
from jinja2 import Environment

env = Environment(autoescape=True)


def notice(request):
    parts = {"source": "<p>{{ message }}</p>", "message": request.GET.get("message", "")}
    return HttpResponse(env.from_string(parts["source"]).render(message=parts["message"]))
