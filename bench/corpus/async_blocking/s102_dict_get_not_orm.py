# corpus: safe ASY102
from django.http import JsonResponse

FEATURES = {"beta": True, "dark_mode": False}


class Registry:
    objects = {}


async def feature(request, name):
    enabled = FEATURES.get(name, False)
    handler = Registry.objects.get(name)
    return JsonResponse({"enabled": enabled, "handler": bool(handler)})
