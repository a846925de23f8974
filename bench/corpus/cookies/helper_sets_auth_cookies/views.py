from django.http import JsonResponse

from .cookies import set_auth_cookies


def login(request):
    response = JsonResponse({"ok": True})
    set_auth_cookies(response, "a", "r")
    return response
