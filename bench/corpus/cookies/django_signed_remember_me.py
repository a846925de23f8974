# corpus: vulnerable SEC211
from django.shortcuts import redirect


def remember(request):
    response = redirect("home")
    response.set_signed_cookie("remember_me", request.user.pk, salt="remember", max_age=2592000)
    return response
