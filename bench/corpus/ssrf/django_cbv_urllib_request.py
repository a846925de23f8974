# corpus: vulnerable SEC105
import urllib.request

from django.http import HttpResponse
from django.views import View


class ImageProxyView(View):
    def get(self, request):
        source = self.request.GET["src"]
        req = urllib.request.Request(source, headers={"User-Agent": "thumbnailer"})
        with urllib.request.urlopen(req, timeout=5) as response:
            return HttpResponse(response.read(), content_type="image/png")
