# corpus: safe SEC211
from django.http import HttpResponse


def logout(request):
    response = HttpResponse("bye")
    response.set_cookie("sessionid", "", max_age=0)
    response.delete_cookie("refresh_token")
    return response
