# corpus: vulnerable SEC106
from django.http import HttpResponseRedirect
from django.shortcuts import render


def start_checkout(request):
    response = render(request, "checkout/start.html")
    response.set_cookie("return_to", request.GET.get("return_to", "/"), httponly=True)
    return response


def finish_checkout(request):
    return HttpResponseRedirect(request.COOKIES.get("return_to", "/"))
