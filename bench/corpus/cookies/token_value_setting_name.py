# corpus: vulnerable SEC211
import secrets

from django.conf import settings
from django.http import HttpResponse


def start(request):
    response = HttpResponse("ok")
    response.set_cookie(settings.APP_COOKIE_NAME, secrets.token_urlsafe(32))
    return response
