# corpus: vulnerable SEC106
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def sign_in(request):
    user = authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if user is None:
        return render(request, "accounts/login.html", {"error": True})
    login(request, user)
    return redirect(request.GET.get("next", "/"))
