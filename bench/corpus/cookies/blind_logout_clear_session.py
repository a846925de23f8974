# corpus: safe SEC211
"""Logout expires the session cookie; a deletion needs no flags."""

from django.contrib.auth import logout
from django.shortcuts import redirect


def sign_out(request):
    logout(request)
    response = redirect("/")
    response.set_cookie("sessionid", "", max_age=0)
    return response
