# corpus: safe SEC201
"""Django middleware with a decode-options constant that keeps the signature check on."""

from django.conf import settings
from django.contrib.auth import get_user_model

import jwt

DECODE_OPTIONS = {"verify_signature": True, "require": ["exp", "iat"]}


class JWTAuthenticationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request.COOKIES.get("access_token")
        if token:
            payload = jwt.decode(
                token, settings.JWT_SECRET, algorithms=["HS256"], options=DECODE_OPTIONS
            )
            request.user = get_user_model().objects.get(pk=payload["user_id"])
        return self.get_response(request)
