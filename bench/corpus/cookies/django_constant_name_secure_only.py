# corpus: vulnerable SEC211
from django.http import JsonResponse

from .tokens import issue

AUTH_COOKIE = "auth"


def token_view(request):
    response = JsonResponse({"ok": True})
    response.set_cookie(AUTH_COOKIE, issue(request.user), secure=True, max_age=3600)
    return response
