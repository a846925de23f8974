# corpus: safe SEC211
from django.conf import settings
from django.http import JsonResponse


def login(request, token):
    response = JsonResponse({"ok": True})
    response.set_cookie(
        "auth_token",
        token,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite=settings.SESSION_COOKIE_SAMESITE,
    )
    return response
