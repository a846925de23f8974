# corpus: vulnerable SEC104
import os

from django.http import FileResponse


def media(request):
    name = request.GET["name"].replace("../", "")
    return FileResponse(open(os.path.join("/srv/media", name), "rb"))
