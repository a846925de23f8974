# corpus: vulnerable SEC106
from django.shortcuts import redirect


def go(destination: str, fallback: str = "/") -> object:
    return redirect(destination or fallback)


def after_signup(request):
    return go(request.GET.get("welcome_url", ""))
