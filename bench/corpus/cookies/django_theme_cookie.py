# corpus: safe SEC211
from django.http import HttpResponseRedirect

THEME_COOKIE = "theme"


def set_theme(request, theme):
    response = HttpResponseRedirect("/")
    response.set_cookie(THEME_COOKIE, theme, max_age=31536000)
    return response
