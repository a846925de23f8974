# corpus: vulnerable ASY103
import json

from django.conf import settings
from django.http import JsonResponse


async def feature_flags(request):
    with open(settings.BASE_DIR / "flags.json") as handle:
        flags = json.load(handle)
    return JsonResponse(flags)
