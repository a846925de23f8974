# corpus: vulnerable SEC211
from django.http import JsonResponse

COOKIE_KWARGS = {"httponly": True, "samesite": "Lax", "max_age": 3600}


def refresh(request, tokens):
    response = JsonResponse({"ok": True})
    response.set_cookie("refresh_token", tokens.refresh, **COOKIE_KWARGS)
    return response
