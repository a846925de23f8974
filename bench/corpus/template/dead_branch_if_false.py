# corpus: safe SEC112
from django.http import HttpResponse
from django.template import Context, Template


def preview(request):
    source = request.POST.get("source", "")
    if False:
        return HttpResponse(Template(source).render(Context({})))
    return HttpResponse(Template("<pre>{{ source }}</pre>").render(Context({"source": source})))
