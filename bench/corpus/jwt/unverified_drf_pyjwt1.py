# corpus: vulnerable SEC201
"""DRF authentication class written for PyJWT 1.x: `verify=False` skips the signature."""

from django.contrib.auth.models import User
from rest_framework import authentication, exceptions

import jwt


class TokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        raw = authentication.get_authorization_header(request).split()
        if len(raw) != 2:
            return None
        try:
            data = jwt.decode(raw[1], verify=False)
        except jwt.DecodeError as exc:
            raise exceptions.AuthenticationFailed("bad token") from exc
        try:
            return User.objects.get(username=data["username"]), None
        except User.DoesNotExist as exc:
            raise exceptions.AuthenticationFailed("no such user") from exc
