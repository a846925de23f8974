# corpus: vulnerable SEC211
from django.conf import settings

ACCESS_COOKIE = "access_token"


def set_auth_cookies(response, access, refresh):
    response.set_cookie(ACCESS_COOKIE, access, httponly=True, max_age=settings.ACCESS_TTL)
    response.set_cookie("refresh_token", refresh, httponly=True, secure=True, samesite="Strict")
