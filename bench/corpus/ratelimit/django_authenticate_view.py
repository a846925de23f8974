# corpus: vulnerable SEC217
from django.contrib import auth
from django.http import HttpResponse, HttpResponseRedirect


def do_login(request):
    user = auth.authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if user is None:
        return HttpResponse("invalid", status=401)
    auth.login(request, user)
    return HttpResponseRedirect("/")
