# corpus: safe SEC211
from django.http import JsonResponse
from django.middleware.csrf import get_token


def spa_bootstrap(request):
    response = JsonResponse({"ok": True})
    response.set_cookie("csrftoken", get_token(request), secure=True, samesite="Strict")
    return response
