# corpus: vulnerable SEC112
from django.http import HttpResponse
from django.template import Context, Template


def invoice_preview(request):
    template = Template(request.POST["layout"])
    return HttpResponse(template.render(Context({"total": "42.00"})))
