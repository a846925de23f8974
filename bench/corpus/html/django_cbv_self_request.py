# corpus: vulnerable SEC111
from django.http import HttpResponse
from django.views import View


class EchoView(View):
    def get(self, request):
        term = self.request.GET.get("term", "")
        return HttpResponse(f"<p>You searched for {term}</p>")
