# corpus: safe SEC217
from django.contrib import auth
from django.http import HttpResponse, HttpResponseRedirect
from django_ratelimit.decorators import ratelimit


@ratelimit(key="post:username", rate="5/m", block=True)
def do_login(request):
    user = auth.authenticate(
        request, username=request.POST.get("username"), password=request.POST.get("password")
    )
    if user is None:
        return HttpResponse("invalid", status=401)
    auth.login(request, user)
    return HttpResponseRedirect("/")
