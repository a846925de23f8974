# corpus: vulnerable SEC104
import os

from django.http import JsonResponse


def browse(request):
    folder = request.GET.get("folder", "")
    return JsonResponse({"files": os.listdir("/srv/share/" + folder)})
