# corpus: vulnerable SEC211
from django.utils.deprecation import MiddlewareMixin


class ApiKeyCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "api_key", None):
            response.set_cookie("api_key", request.api_key, httponly=True)
        return response


class LegacyMiddleware(MiddlewareMixin):
    pass
