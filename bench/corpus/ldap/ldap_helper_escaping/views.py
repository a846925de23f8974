# corpus: safe SEC109
from django.http import JsonResponse

from .directory import members_of


def group_members(request):
    return JsonResponse({"count": len(members_of(request.GET["group"]))})
