# corpus: safe SEC211
from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.translation import check_for_language


def switch_language(request, code):
    response = HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))
    if check_for_language(code):
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, max_age=31536000)
    return response
