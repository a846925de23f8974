# corpus: safe SEC217
"""Throttled through `throttle_scope` + ScopedRateThrottle configured in settings."""

from django.contrib.auth import authenticate, login
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class LoginView(APIView):
    permission_classes = [AllowAny]
    throttle_scope = "login"

    def post(self, request):
        user = authenticate(
            request, username=request.data["username"], password=request.data["password"]
        )
        if user is None:
            return Response(status=401)
        login(request, user)
        return Response({"ok": True})
