# corpus: vulnerable SEC106
from django.http import HttpResponsePermanentRedirect


class AppendSlashMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Django's request.path keeps a leading `//`: a link to https://shop.example//evil.example/x
        # gets `Location: //evil.example/x/`, another host (CVE-2018-14574 in Django itself).
        if request.method == "GET" and not request.path.endswith("/"):
            return HttpResponsePermanentRedirect(request.path + "/")
        return self.get_response(request)
