# corpus: vulnerable SEC114
from django.http import HttpResponse


def protected_download(request):
    response = HttpResponse()
    # nginx serves any internal location named here, including other users' files.
    response["X-Accel-Redirect"] = "/protected/" + request.GET["file"]
    return response
