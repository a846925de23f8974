# corpus: safe SEC211
from django.http import JsonResponse

COOKIE_KWARGS = {"httponly": True, "secure": True, "samesite": "Strict", "max_age": 3600}


def refresh(request, tokens):
    response = JsonResponse({"ok": True})
    response.set_cookie("refresh_token", tokens.refresh, **COOKIE_KWARGS)
    return response
