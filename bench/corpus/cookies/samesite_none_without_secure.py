# corpus: vulnerable SEC211
from django.http import HttpResponse


def embed_login(request, token):
    response = HttpResponse("ok")
    response.set_cookie("refresh_token", token, httponly=True, samesite="None")
    return response
