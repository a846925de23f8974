# corpus: vulnerable SEC202
"""DRF authentication written for PyJWT 1.x, which trusted the header's `alg`."""

from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed

import jwt


class BearerAuthentication(BaseAuthentication):
    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if len(parts) != 2 or parts[0].lower() != b"bearer":
            return None
        try:
            payload = jwt.decode(parts[1], settings.JWT_PUBLIC_KEY)
        except jwt.InvalidTokenError as exc:
            raise AuthenticationFailed("invalid token") from exc
        return get_user_model().objects.get(pk=payload["user_id"]), payload
