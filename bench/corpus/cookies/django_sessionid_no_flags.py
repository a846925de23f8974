# corpus: vulnerable SEC211
import secrets

from django.contrib.auth import authenticate
from django.http import HttpResponse


def login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is None:
        return HttpResponse(status=401)
    sid = secrets.token_hex(32)
    response = HttpResponse("welcome")
    response.set_cookie("sessionid", sid, max_age=1209600)
    return response
