# corpus: vulnerable SEC201
"""Django middleware trusts claims decoded with a module-level "no verify" options dict."""

from django.contrib.auth import get_user_model

import jwt as pyjwt

_DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}


class BearerAuthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if header.startswith("Bearer "):
            claims = pyjwt.decode(header[7:], options=_DECODE_OPTIONS, algorithms=["HS256"])
            request.user = get_user_model().objects.get(pk=claims["user_id"])
        return self.get_response(request)
