# corpus: vulnerable SEC104
import json

from django.http import JsonResponse


def translations(request):
    lang = request.headers.get("Accept-Language", "en").split(",")[0]
    with open(f"/srv/app/locale/{lang}.json", encoding="utf-8") as fh:
        return JsonResponse(json.load(fh))
