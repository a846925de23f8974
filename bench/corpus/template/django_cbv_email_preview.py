# corpus: vulnerable SEC112
from django.http import HttpResponse
from django.template import engines
from django.views import View


class EmailPreviewView(View):
    def post(self, request):
        source = self.request.POST.get("body", "")
        template = engines["django"].from_string("{% load i18n %}" + source)
        return HttpResponse(template.render({"name": "Ada"}))
