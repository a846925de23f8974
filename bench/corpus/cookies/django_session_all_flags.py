# corpus: safe SEC211
import secrets

from django.http import HttpResponse


def login(request):
    sid = secrets.token_hex(32)
    response = HttpResponse("welcome")
    response.set_cookie(
        "sessionid", sid, max_age=1209600, secure=True, httponly=True, samesite="Lax"
    )
    return response
