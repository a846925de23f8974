# corpus: safe SEC106
from django.shortcuts import redirect


def go_home(message: str, fallback: str = "/") -> object:
    return redirect(fallback)


def after_signup(request):
    return go_home(request.POST.get("welcome_message", ""))
